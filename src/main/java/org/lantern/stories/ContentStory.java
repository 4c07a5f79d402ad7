package org.lantern.stories;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A composite story read from {@code content/stories/}, before it is synced into the database.
 *
 * @param outcome   how the story ends: {@code good}, {@code mixed}, {@code harm} or {@code unresolved}
 * @param questions three or four questions for a team to discuss when a reflective session is on the story
 */
record ContentStory(String slug, StoryDraft text, StoryStatus status, @Nullable LocalDate published, String outcome,
                    List<String> questions) {

    ContentStory {
        questions = List.copyOf(questions);
    }
}
