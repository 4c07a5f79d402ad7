package org.lantern.stories;

import org.lantern.reflection.SessionFocusSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Lets a reflective session focus on a practice story, but only stories whose authors agreed to
 * their use in sessions; a withdrawn story disappears from sessions at once.
 */
@Component
class StoryFocusSource implements SessionFocusSource {

    private static final int MAX_STORIES = 2000;

    private final StoryService stories;

    StoryFocusSource(StoryService stories) {
        this.stories = stories;
    }

    @Override
    public String type() {
        return "story";
    }

    @Override
    public String label() {
        return "A practice story";
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
                .map(s -> new Content(s.title(), s.html(), "stories/" + s.slug()));
    }
}
