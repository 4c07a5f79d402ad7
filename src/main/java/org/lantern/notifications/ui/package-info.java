/**
 * The notification centre (page and header bell), the person's e-mail settings and the administrators'
 * mail status page.
 */
@NullMarked
package org.lantern.notifications.ui;

import org.jspecify.annotations.NullMarked;
