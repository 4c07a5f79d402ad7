/** The action log's views: the team action log page, and the add-action form and action list that session pages embed. */
@NullMarked
package org.lantern.actions.ui;

import org.jspecify.annotations.NullMarked;
