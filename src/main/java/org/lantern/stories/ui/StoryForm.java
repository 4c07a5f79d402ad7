package org.lantern.stories.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.lantern.stories.StoryChecks;
import org.lantern.stories.StoryDraft;
import org.lantern.stories.StoryTopics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The story text form, for authors (with the consent to review) and for editors. It fires typed
 * events; the view turns each into one service call. The checks are shown inline as people write.
 */
public class StoryForm extends Div {

    /** Who is using the form. */
    public enum Mode { AUTHOR, EDITOR }

    private final TextField title = new TextField("Title");
    private final TextArea summary = new TextArea("Summary");
    private final TextArea body = new TextArea("Your story");
    private final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>("Themes");
    private final Select<String> setting = new Select<>();
    private final Select<String> role = new Select<>();
    private final Checkbox consent = new Checkbox("I agree to an editor reading this story, and editing it with me, "
            + "before anything is published. I will be asked again before it is published.");
    private final StoryChecksPanel checks = new StoryChecksPanel();

    public StoryForm(Mode mode) {
        themes.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);   // chips wrap, never cut off
        addClassName("lantern-story-form");
        title.setMaxLength(120);
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        summary.setMaxLength(400);
        summary.setWidthFull();
        summary.setHelperText("One or two sentences: what happened and what changed.");
        body.setWidthFull();
        body.setMinHeight("18rem");
        body.setHelperText("Most stories are 250 to 700 words. Leave out names, dates, places and anything else "
                + "that could identify someone. Markdown works: a blank line starts a new paragraph.");
        themes.setItems(StoryTopics.THEMES.keySet());
        themes.setItemLabelGenerator(StoryTopics::label);
        themes.setHelperText("One to four.");
        if (mode == Mode.EDITOR) {
            body.setLabel("Story");
        }
        themes.setMinWidth("16rem");
        setting.setMinWidth("16rem");
        role.setMinWidth("16rem");
        setting.setLabel("Setting");
        setting.setItems(StoryTopics.SETTINGS.keySet());
        setting.setItemLabelGenerator(s -> s == null ? "" : StoryTopics.label(s));
        role.setLabel("Told by");
        role.setItems(StoryTopics.ROLES.keySet());
        role.setItemLabelGenerator(s -> s == null ? "" : StoryTopics.label(s));
        for (var field : List.of(title, summary, body)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(600);
            field.addValueChangeListener(e -> fireEvent(new CheckEvent(this, value())));
        }
        Div fields = new Div(title, summary, body, checks, themes, setting, role);
        fields.addClassName("lantern-form-fields");
        add(fields);
        Div buttons = new Div();
        buttons.addClassName("lantern-toolbar");
        if (mode == Mode.AUTHOR) {
            Button save = new Button("Save draft", e -> fireEvent(new SaveEvent(this, value())));
            Button submit = new Button("Send for review", e -> fireEvent(new SubmitEvent(this, value(), consent.getValue())));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new H2("Consent"), consent);
            buttons.add(submit, save);
        } else {
            Button save = new Button("Save edits", e -> fireEvent(new SaveEvent(this, value())));
            buttons.add(save);
        }
        add(buttons);
    }

    public void setValue(StoryDraft draft) {
        title.setValue(draft.title());
        summary.setValue(draft.summary());
        body.setValue(draft.body());
        themes.setValue(new LinkedHashSet<>(draft.themes()));
        setting.setValue(draft.setting().isEmpty() ? null : draft.setting());
        role.setValue(draft.role().isEmpty() ? null : draft.role());
    }

    public StoryDraft value() {
        return new StoryDraft(title.getValue(), summary.getValue(), body.getValue(),
                new ArrayList<>(themes.getSelectedItems()), setting.getValue() == null ? "" : setting.getValue(),
                role.getValue() == null ? "" : role.getValue());
    }

    /** Shows what the de-identification and safeguarding checks found. */
    public void showChecks(StoryChecks found) {
        checks.show(found);
    }

    public void setConsent(boolean given) {
        consent.setValue(given);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    public Registration addCheckListener(ComponentEventListener<CheckEvent> listener) {
        return addListener(CheckEvent.class, listener);
    }

    /** Something the author asked of the story's text as it now stands. */
    public abstract static class DraftEvent extends ComponentEvent<StoryForm> {
        private final StoryDraft draft;

        DraftEvent(StoryForm source, StoryDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public StoryDraft draft() {
            return draft;
        }
    }

    /** Save the text as it is (a draft, or an editor's edits). */
    public static class SaveEvent extends DraftEvent {
        SaveEvent(StoryForm source, StoryDraft draft) {
            super(source, draft);
        }
    }

    /** Send for review, with or without the consent box ticked. */
    public static class SubmitEvent extends DraftEvent {
        private final boolean consent;

        SubmitEvent(StoryForm source, StoryDraft draft, boolean consent) {
            super(source, draft);
            this.consent = consent;
        }

        public boolean consent() {
            return consent;
        }
    }

    /** The text changed: run the checks. */
    public static class CheckEvent extends DraftEvent {
        CheckEvent(StoryForm source, StoryDraft draft) {
            super(source, draft);
        }
    }
}
