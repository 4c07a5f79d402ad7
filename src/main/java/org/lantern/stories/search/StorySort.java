package org.lantern.stories.search;

/** Result order. An empty query is always newest first. */
public enum StorySort {
    RELEVANCE, NEWEST
}
