/**
 * The team action log: what a team agreed to do, in a reflective session, a recovery self-review
 * or directly, who owns it, by when, and every change since. A team's actions are for its members
 * and managers only. {@link org.lantern.actions.Actions} is the door for other features.
 */
@NullMarked
package org.lantern.actions;

import org.jspecify.annotations.NullMarked;
