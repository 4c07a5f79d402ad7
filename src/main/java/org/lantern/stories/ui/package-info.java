/**
 * The story pages: the library with search, filters and suggestions, one story with the author's
 * consent choices, writing a story, a person's own stories, and editors' moderation. Views only show
 * what {@link org.lantern.stories.StoryLibrary}, {@link org.lantern.stories.StoryWriting} and
 * {@link org.lantern.stories.StoryModeration} decided (e.g. {@link org.lantern.stories.StoryPage},
 * {@link org.lantern.stories.StoryReview}); forms fire typed events that the view turns into one call.
 */
@NullMarked
package org.lantern.stories.ui;

import org.jspecify.annotations.NullMarked;
