/**
 * The session views: the list of a team's sessions with the planner, one session's page, and
 * facilitation mode for a shared screen; plus the sessions card on the home page.
 */
@NullMarked
package org.lantern.reflection.ui;

import org.jspecify.annotations.NullMarked;
