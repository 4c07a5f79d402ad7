/**
 * The practice story library: composite stories from the content files and stories staff write
 * in the app, with two separate consents (to review, then to publish for chosen audiences),
 * withdrawal at any time, a de-identification check, safeguarding triage and audited moderation.
 * The database is the source of truth; the Lucene index in {@code search} is derived from it.
 * Its services are the doors for other features and for the views: {@link org.lantern.stories.StoryLibrary}
 * (reading and search), {@link org.lantern.stories.StoryWriting} (an author's story and consents) and
 * {@link org.lantern.stories.StoryModeration} (editors).
 */
@NullMarked
package org.lantern.stories;

import org.jspecify.annotations.NullMarked;
