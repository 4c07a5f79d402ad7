package org.lantern.revalidation.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.lantern.base.ui.Texts;
import org.lantern.journal.JournalService;
import org.lantern.revalidation.CodeTheme;
import org.lantern.revalidation.ReflectiveAccount;
import org.lantern.base.ui.OptionalSelect;

import java.util.List;

/**
 * The four parts of a reflective account, under the headings of the NMC's reflective accounts
 * form. Fires {@link SaveEvent} and {@link CheckEvent}; the view makes the service calls.
 */
class ReflectiveAccountForm extends Section {

    /** The account as written. */
    static final class SaveEvent extends ComponentEvent<ReflectiveAccountForm> {
        final ReflectiveAccount account;

        SaveEvent(ReflectiveAccountForm source) {
            super(source, false);
            this.account = source.value();
        }
    }

    /** The person asked to check the text for details that could identify someone. */
    static final class CheckEvent extends ComponentEvent<ReflectiveAccountForm> {
        final ReflectiveAccount account;

        CheckEvent(ReflectiveAccountForm source) {
            super(source, false);
            this.account = source.value();
        }
    }

    private final TextField title = new TextField("Title");
    private final TextArea activity = area("The activity or experience",
            "What was it: a lesson, a reflective session, feedback, or something that happened in your practice?");
    private final TextArea learning = area("What you learned from it", "In your own words.");
    private final TextArea practice = area("How you changed or improved your practice as a result",
            "What you do differently now, or plan to.");
    private final Select<CodeTheme> theme = new Select<>();
    private final TextArea code = area("How this relates to the Code", "Why it matters for the theme you chose.");
    private final Div warnings = new Div();
    private final Div error = Texts.alert();
    private ReflectiveAccount saved = new ReflectiveAccount("", "", "", "", null, "");

    ReflectiveAccountForm() {
        addClassNames("lantern-card", "lantern-journal-form");
        title.setMaxLength(JournalService.MAX_TITLE);
        title.setWidthFull();
        theme.setLabel("Theme of the Code");
        theme.setItems(CodeTheme.values());
        OptionalSelect.allowEmpty(theme, "Choose a theme", CodeTheme::label);
        warnings.setVisible(false);
        Button save = new Button("Save reflective account", e -> fireEvent(new SaveEvent(this)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button check = new Button("Check for personal details", e -> fireEvent(new CheckEvent(this)));
        Div buttons = new Div(save, check);
        buttons.addClassName("lantern-toolbar");
        add(title, activity, learning, practice, theme, code, warnings, error, buttons);
    }

    private static TextArea area(String label, String helper) {
        TextArea area = new TextArea(label);
        area.setHelperText(helper);
        area.setMinRows(3);
        area.setWidthFull();
        // sends text while the person types, so a long account keeps the session alive and the leave check sees it
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(2000);
        return area;
    }

    void fill(ReflectiveAccount account) {
        title.setValue(account.title());
        activity.setValue(account.activity());
        learning.setValue(account.learning());
        practice.setValue(account.practice());
        theme.setValue(account.theme());
        code.setValue(account.code());
        markSaved();
    }

    ReflectiveAccount value() {
        return new ReflectiveAccount(title.getValue(), activity.getValue(), learning.getValue(), practice.getValue(),
                theme.getValue(), code.getValue());
    }

    /** What is in the form now counts as saved, for the leave check. */
    void markSaved() {
        saved = value();
    }

    boolean hasUnsavedChanges() {
        return !value().equals(saved);
    }

    /** The personal-details check's findings, or nothing when it found none. */
    void showWarnings(List<String> found) {
        warnings.removeAll();
        warnings.setVisible(true);
        warnings.setClassName("lantern-warning", !found.isEmpty());
        if (found.isEmpty()) {
            warnings.add(Texts.meta("The check found nothing that looks like a name, date, address or other personal detail. "
                    + "Read it through yourself too: the check cannot catch everything."));
            return;
        }
        warnings.add(Texts.meta("This may identify someone. Change or remove it before you share the account:"));
        found.forEach(text -> warnings.add(new Div(text)));
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCheckListener(ComponentEventListener<CheckEvent> listener) {
        return addListener(CheckEvent.class, listener);
    }
}
