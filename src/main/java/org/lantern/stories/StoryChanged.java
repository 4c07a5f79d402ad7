package org.lantern.stories;

import java.util.Set;

/**
 * Published whenever stories' rows change, so the search index follows once the change is committed:
 * one story from the app, or every story a content sync touched (applied together, in one refresh).
 */
record StoryChanged(Set<Long> storyIds) {

    StoryChanged(long storyId) {
        this(Set.of(storyId));
    }

    StoryChanged {
        storyIds = Set.copyOf(storyIds);
    }
}
