/** The practice tools' views: the list of tools with the person's saved copies, and the tool form. */
@NullMarked
package org.lantern.training.tools.ui;

import org.jspecify.annotations.NullMarked;
