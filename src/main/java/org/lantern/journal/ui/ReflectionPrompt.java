package org.lantern.journal.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.lantern.base.ui.Texts;
import org.lantern.journal.JournalEntry;
import org.lantern.journal.JournalException;
import org.lantern.journal.JournalService;
import org.lantern.journal.JournalSource;

import java.util.List;

/**
 * A reflection prompt to embed in a lesson, story or session page: the person answers it in their
 * private journal, and sees what they wrote from the same prompt before. Fires a
 * {@link SavedEvent} after each save, e.g. for the page to note that the reflection was done.
 */
public class ReflectionPrompt extends Composite<Section> {

    /** Fired after the answer was saved to the journal. */
    public static final class SavedEvent extends ComponentEvent<ReflectionPrompt> {
        private final JournalEntry entry;

        SavedEvent(ReflectionPrompt source, JournalEntry entry) {
            super(source, false);
            this.entry = entry;
        }

        public JournalEntry entry() {
            return entry;
        }
    }

    private final JournalService service;
    private final Account account;
    private final String prompt;
    private final JournalSource source;
    private final TextArea answer = new TextArea();
    private final Div error = Texts.alert();
    private final Div earlier = new Div();

    public ReflectionPrompt(JournalService service, Account account, String prompt, JournalSource source) {
        this.service = service;
        this.account = account;
        this.prompt = prompt.strip();
        this.source = source;
        Section section = getContent();
        section.addClassName("lantern-reflection");
        Paragraph intro = new Paragraph("Reflect: your answer goes into your private journal. Only you can read it.");
        intro.addClassName("lantern-reflection-intro");
        answer.setLabel(this.prompt);
        answer.setHelperText(JournalFormat.REMINDER);
        answer.setMaxLength(JournalService.MAX_BODY);
        answer.setWidthFull();
        answer.setMinRows(4);
        // sends text while the person types, so a long answer keeps the session alive
        answer.setValueChangeMode(ValueChangeMode.LAZY);
        answer.setValueChangeTimeout(2000);
        answer.addClassName("lantern-reflection-answer");
        Button save = new Button("Save to my journal", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        earlier.addClassName("lantern-reflection-earlier");
        section.add(intro, answer, error, save, earlier);
        showEarlier();
    }

    /** What the person has typed and not saved yet. */
    public String draft() {
        return answer.getValue();
    }

    public Registration addSavedListener(ComponentEventListener<SavedEvent> listener) {
        return addListener(SavedEvent.class, listener);
    }

    private void save() {
        error.setText("");
        try {
            JournalEntry entry = service.add(account, "", answer.getValue(), prompt, source);
            answer.clear();
            showEarlier();
            Notification.show("Saved to your journal.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            fireEvent(new SavedEvent(this, entry));
        } catch (JournalException e) {
            error.setText(e.getMessage());
        }
    }

    private void showEarlier() {
        earlier.removeAll();
        List<JournalEntry> written = service.entriesFrom(account, source.type(), source.ref()).stream()
                .filter(entry -> entry.prompt().equals(prompt))
                .toList();
        if (written.isEmpty()) {
            return;
        }
        earlier.add(new Paragraph(written.size() == 1 ? "You wrote earlier:" : "You wrote earlier (newest first):"));
        for (JournalEntry entry : written) {
            Div item = new Div();
            item.addClassName("lantern-reflection-item");
            Paragraph when = new Paragraph(JournalFormat.dateTime(entry.createdAt()));
            when.addClassName("lantern-meta");
            Div body = new Div(entry.body());
            body.addClassName("lantern-journal-body");
            item.add(when, body);
            earlier.add(item);
        }
        earlier.add(new Anchor("journal", "Change or delete entries in my journal"));
    }
}
