/**
 * Pages of the people feature: sign-in and setup, the person's own account, and the administrators'
 * accounts and teams; other features add sections through {@link org.lantern.people.ui.AccountPageSection}.
 */
@NullMarked
package org.lantern.people.ui;

import org.jspecify.annotations.NullMarked;
