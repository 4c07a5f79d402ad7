package org.lantern.stories;

/** Published whenever a story's row changes, so the search index follows once the change is committed. */
record StoryChanged(long storyId) {
}
