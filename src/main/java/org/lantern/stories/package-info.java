/**
 * The practice story library: composite stories from the content files and stories staff write
 * in the app, with two separate consents (to review, then to publish for chosen audiences),
 * withdrawal at any time, a de-identification check, safeguarding triage and audited moderation.
 * The database is the source of truth; the Lucene index in {@code search} is derived from it.
 * {@link org.lantern.stories.StoryService} is the door for other features.
 */
@NullMarked
package org.lantern.stories;

import org.jspecify.annotations.NullMarked;
