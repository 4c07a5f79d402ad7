/**
 * Reflective practice sessions led by team managers, and the team action log that follows up
 * what a team agreed. Session notes are for the team's attendees and managers only. Feedback is
 * anonymous, open from a session's start until some days after it, and shown to the team's
 * managers only after it closes, as one frozen set of totals with small groups and unanimous
 * ratings hidden.
 * {@link org.lantern.reflection.ReflectionService} is the door for other features.
 */
@NullMarked
package org.lantern.reflection;

import org.jspecify.annotations.NullMarked;
