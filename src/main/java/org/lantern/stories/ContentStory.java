package org.lantern.stories;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A composite story read from {@code content/stories/}, before it is synced into the database. */
record ContentStory(String slug, StoryDraft text, StoryStatus status, @Nullable LocalDate published) {
}
