/**
 * Reflective practice sessions led by team managers: planning, facilitation mode, attendance,
 * confidential notes and anonymous feedback; what a session agrees goes to the team's action log
 * in {@link org.lantern.actions}. Session notes are for the team's attendees and managers only. Feedback is
 * anonymous, open from a session's start until some days after it, and shown to the team's
 * managers only after it closes, as one frozen set of totals with small groups and unanimous
 * ratings hidden.
 * {@link org.lantern.reflection.Sessions} is the door for other features, which offer things to
 * focus on through {@link org.lantern.reflection.SessionFocusSource}.
 */
@NullMarked
package org.lantern.reflection;

import org.jspecify.annotations.NullMarked;
