package org.lantern.stories;

import java.util.LinkedHashMap;
import java.util.Map;

/** The rules for a story's text, for authors and editors alike: cleaning, validation, and what an edit changed. */
final class StoryDrafts {

    static final int MIN_WORDS = 30;
    static final int MAX_WORDS = 2000;

    private StoryDrafts() {
    }

    static StoryDraft clean(StoryDraft draft) {
        return new StoryDraft(StoryText.cleanLine(draft.title()), StoryText.cleanLine(draft.summary()),
                StoryText.cleanBody(draft.body()), draft.themes().stream().map(String::strip).distinct().toList(),
                draft.setting().strip(), draft.role().strip());
    }

    static void validate(StoryDraft draft) {
        if (draft.title().isEmpty()) {
            throw new StoryException("Give your story a title.");
        }
        if (draft.title().length() > 120) {
            throw new StoryException("Keep the title under 120 characters.");
        }
        if (draft.summary().isEmpty()) {
            throw new StoryException("Write a one or two sentence summary.");
        }
        if (draft.summary().length() > 400) {
            throw new StoryException("Keep the summary under 400 characters.");
        }
        int words = StoryText.wordCount(draft.body());
        if (words < MIN_WORDS) {
            throw new StoryException("The story is " + words + " words long. Write at least " + MIN_WORDS
                    + " words (most stories are 250 to 700).");
        }
        if (words > MAX_WORDS) {
            throw new StoryException("The story is " + words + " words long. Keep it under " + MAX_WORDS + " words.");
        }
        if (draft.themes().isEmpty() || draft.themes().size() > 4) {
            throw new StoryException("Choose one to four themes.");
        }
        if (!StoryTopics.THEMES.keySet().containsAll(draft.themes())) {
            throw new StoryException("Choose themes from the list.");
        }
        if (!StoryTopics.SETTINGS.containsKey(draft.setting())) {
            throw new StoryException("Choose the setting the story happened in.");
        }
        if (!StoryTopics.ROLES.containsKey(draft.role())) {
            throw new StoryException("Choose whose voice the story is told in.");
        }
    }

    /** Each field that differs, with its text before and after. */
    static Map<String, StoryDecision.Change> diff(StoryDraft before, StoryDraft after) {
        Map<String, StoryDecision.Change> changes = new LinkedHashMap<>();
        compare(changes, "title", before.title(), after.title());
        compare(changes, "summary", before.summary(), after.summary());
        compare(changes, "body", before.body(), after.body());
        compare(changes, "themes", String.join(", ", before.themes()), String.join(", ", after.themes()));
        compare(changes, "setting", before.setting(), after.setting());
        compare(changes, "role", before.role(), after.role());
        return changes;
    }

    private static void compare(Map<String, StoryDecision.Change> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.put(field, new StoryDecision.Change(before, after));
        }
    }
}
