package org.lantern.training;

import lombok.RequiredArgsConstructor;

import org.lantern.reflection.FocusType;
import org.lantern.reflection.SessionFocusSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Lets a reflective session focus on a module lesson. */
@Component
@RequiredArgsConstructor
class LessonFocusSource implements SessionFocusSource {

    private final ModuleCatalogue catalogue;

    @Override
    public FocusType type() {
        return FocusType.LESSON;
    }

    @Override
    public List<Option> options() {
        return catalogue.modules().stream().flatMap(m -> m.lessons().stream()
                .map(l -> new Option(m.key() + "/" + l.key(), m.title() + ": " + l.title()))).toList();
    }

    @Override
    public Optional<Content> content(String ref) {
        int slash = ref.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String moduleKey = ref.substring(0, slash);
        String lessonKey = ref.substring(slash + 1);
        return catalogue.module(moduleKey).flatMap(m -> m.lesson(lessonKey)
                .map(l -> new Content(l.title(), l.html(), "learn/" + moduleKey + "/lesson/" + lessonKey)));
    }
}
