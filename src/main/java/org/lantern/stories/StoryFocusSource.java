package org.lantern.stories;

import lombok.RequiredArgsConstructor;

import org.lantern.base.content.Markdown;
import org.lantern.reflection.FocusType;
import org.lantern.reflection.SessionFocusSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Lets a reflective session focus on a practice story, but only stories whose authors agreed to
 * their use in sessions; a withdrawn story disappears from sessions at once. A shipped story's
 * discussion questions follow its text, so facilitation mode shows them with the story.
 */
@Component
@RequiredArgsConstructor
class StoryFocusSource implements SessionFocusSource {

    private static final int MAX_STORIES = 2000;

    private final StoryLibrary stories;
    private final StoryCatalogue catalogue;

    @Override
    public FocusType type() {
        return FocusType.STORY;
    }

    @Override
    public List<Option> options() {
        return stories.newest(MAX_STORIES).stream().filter(s -> s.audiences().contains(Audience.SESSIONS))
                .map(s -> new Option(s.slug(), s.title())).toList();
    }

    @Override
    public Optional<Content> content(String ref) {
        if (!stories.usableFor(ref, Audience.SESSIONS)) {
            return Optional.empty();
        }
        return stories.newest(MAX_STORIES).stream().filter(s -> s.slug().equals(ref)).findFirst()
                .map(s -> new Content(s.title(), s.html() + questionsHtml(catalogue.discussionQuestions(s.slug())),
                        "stories/" + s.slug()));
    }

    /** The discussion questions as a titled list of safe HTML, or nothing when the story has none. */
    static String questionsHtml(List<String> questions) {
        if (questions.isEmpty()) {
            return "";
        }
        StringBuilder markdown = new StringBuilder("## Questions to discuss\n\n");
        for (String question : questions) {
            // one plain line each: Markdown in a question is shown as typed, never as markup
            markdown.append("- ").append(question.replaceAll("([\\\\`*_\\[\\]<>#!|~-])", "\\\\$1")).append('\n');
        }
        return Markdown.toSafeHtml(markdown.toString());
    }
}
