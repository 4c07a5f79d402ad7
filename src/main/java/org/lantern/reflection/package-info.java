/**
 * Reflective practice sessions led by team managers, and the team action log that follows up
 * what a team agreed. Session notes are for the team's attendees and managers only; feedback is
 * anonymous and shown only as totals once enough people answered.
 * {@link org.lantern.reflection.ReflectionService} is the door for other features.
 */
@NullMarked
package org.lantern.reflection;

import org.jspecify.annotations.NullMarked;
