package org.lantern.journal.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.lantern.base.ui.Texts;
import org.lantern.journal.JournalEntry;
import org.lantern.journal.JournalService;

/**
 * Writing a new entry or changing one. Fires {@link SaveEvent} and {@link CancelEvent}; the view
 * makes the service call. On an error the typed text stays in place.
 */
class JournalEntryForm extends Section {

    /** What the person wrote; {@code entry} is null for a new entry. */
    static final class SaveEvent extends ComponentEvent<JournalEntryForm> {
        final @Nullable JournalEntry entry;
        final String title;
        final String body;

        SaveEvent(JournalEntryForm source) {
            super(source, false);
            this.entry = source.entry;
            this.title = source.title.getValue();
            this.body = source.body.getValue();
        }
    }

    static final class CancelEvent extends ComponentEvent<JournalEntryForm> {
        CancelEvent(JournalEntryForm source) {
            super(source, false);
        }
    }

    private final H2 heading = new H2();
    private final Paragraph prompt = new Paragraph();
    private final TextField title = new TextField("Title (optional)");
    private final TextArea body = new TextArea("Your entry");
    private final Div error = Texts.alert();
    private @Nullable JournalEntry entry;

    JournalEntryForm() {
        addClassNames("lantern-card", "lantern-journal-form");
        prompt.addClassName("lantern-journal-prompt");
        title.setMaxLength(JournalService.MAX_TITLE);
        title.setHelperText("Leave it empty to use the first words of your entry.");
        title.setWidthFull();
        body.setHelperText(JournalFormat.REMINDER);
        body.setMaxLength(JournalService.MAX_BODY);
        body.setRequiredIndicatorVisible(true);
        body.setMinRows(6);
        // sends text while the person types, so a long entry keeps the session alive and the leave check sees it
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(2000);
        body.setWidthFull();
        Button save = new Button("Save entry", e -> fireEvent(new SaveEvent(this)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> fireEvent(new CancelEvent(this)));
        Div buttons = new Div(save, cancel);
        buttons.addClassName("lantern-toolbar");
        add(heading, prompt, title, body, error, buttons);
        setVisible(false);
    }

    /** Opens the form for a new entry (null) or to change an existing one. */
    void edit(@Nullable JournalEntry entry) {
        this.entry = entry;
        heading.setText(entry == null ? "New entry" : "Change entry");
        prompt.setText(entry == null || entry.prompt().isBlank() ? "" : "Prompt: " + entry.prompt());
        prompt.setVisible(!prompt.getText().isEmpty());
        title.setValue(entry == null ? "" : entry.title());
        body.setValue(entry == null ? "" : entry.body());
        error.setText("");
        setVisible(true);
        body.focus();
    }

    void close() {
        entry = null;
        title.clear();
        body.clear();
        error.setText("");
        setVisible(false);
    }

    @Nullable
    JournalEntry entry() {
        return entry;
    }

    /** True when the form is open with text that differs from what is saved. */
    boolean hasUnsavedText() {
        if (!isVisible()) {
            return false;
        }
        String savedTitle = entry == null ? "" : entry.title();
        String savedBody = entry == null ? "" : entry.body();
        return !body.getValue().strip().equals(savedBody.strip())
                || (!title.getValue().isBlank() && !title.getValue().strip().equals(savedTitle));
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
