package org.lantern.training.tools;

import lombok.RequiredArgsConstructor;

import org.lantern.base.content.Markdown;
import org.lantern.reflection.FocusType;
import org.lantern.reflection.SessionFocusSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Lets a reflective session focus on a practice tool: its purpose and the questions it asks. */
@Component
@RequiredArgsConstructor
class ToolFocusSource implements SessionFocusSource {

    private final ToolService tools;

    @Override
    public FocusType type() {
        return FocusType.TOOL;
    }

    @Override
    public List<Option> options() {
        return tools.tools().stream().map(t -> new Option(t.key(), t.title())).toList();
    }

    @Override
    public Optional<Content> content(String ref) {
        return tools.tool(ref).map(t -> {
            StringBuilder md = new StringBuilder(t.summary()).append("\n\n").append(t.intro()).append("\n\n");
            t.sections().forEach(s -> md.append("## ").append(s.title()).append("\n\n").append(s.help()).append("\n\n"));
            return new Content(t.title(), Markdown.toSafeHtml(md.toString()), "tools/" + t.key());
        });
    }
}
