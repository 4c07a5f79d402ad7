package org.lantern.training.ui;

import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import org.lantern.journal.JournalService;
import org.lantern.journal.JournalSource;
import org.lantern.journal.ui.ReflectionPrompt;
import org.lantern.training.tools.ToolService;

/** What a lesson page embeds from other parts of training: the practice tool link and reflection prompts. */
@SpringComponent
@UIScope
@RequiredArgsConstructor
class LessonExtras {

    private final JournalService journal;
    private final ToolService tools;

    Component toolLink(String toolKey) {
        Div box = new Div();
        box.addClassName("lantern-resume");
        tools.tool(toolKey).ifPresentOrElse(tool -> {
            box.add(new Paragraph("Practise with the " + tool.title().toLowerCase() + ". " + tool.summary()));
            box.add(new Anchor("tools/" + toolKey, "Open the " + tool.title().toLowerCase()));
        }, () -> box.setVisible(false));
        return box;
    }

    Component reflection(Account account, String prompt, String sourceRef, String sourceLabel) {
        return new ReflectionPrompt(journal, account, prompt, JournalSource.lesson(sourceRef, sourceLabel));
    }
}
