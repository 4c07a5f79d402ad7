package org.lantern.stories;

import java.util.List;

/** What an author or editor writes: the text of a story and where it is filed. */
public record StoryDraft(String title, String summary, String body, List<String> themes, String setting, String role) {

    public StoryDraft {
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        themes = themes == null ? List.of() : List.copyOf(themes);
        setting = setting == null ? "" : setting;
        role = role == null ? "" : role;
    }

    /** Everything a reader sees, for the checks. */
    public String allText() {
        return title + "\n\n" + summary + "\n\n" + body;
    }
}
