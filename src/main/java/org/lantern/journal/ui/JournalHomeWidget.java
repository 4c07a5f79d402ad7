package org.lantern.journal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.lantern.base.ui.HomeWidget;
import org.lantern.base.security.Account;
import org.lantern.journal.JournalService;

import java.util.Optional;

/** A line on the home page's Learn card about the person's own journal. */
@org.springframework.stereotype.Component
class JournalHomeWidget implements HomeWidget {

    private final JournalService journal;

    JournalHomeWidget(JournalService journal) {
        this.journal = journal;
    }

    @Override
    public String area() {
        return "learn";
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(Account account) {
        int count = journal.count(account);
        String text = switch (count) {
            case 0 -> "Your private journal is empty so far.";
            case 1 -> "Your private journal has 1 entry.";
            default -> "Your private journal has " + count + " entries.";
        };
        Div widget = new Div(new Paragraph(text), new Anchor("journal", "Open my journal"));
        widget.addClassName("lantern-home-widget");
        return Optional.of(widget);
    }
}
