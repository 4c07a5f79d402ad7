package org.lantern.training.tools.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.lantern.base.ui.Texts;
import org.lantern.base.ui.DateInput;
import org.lantern.training.tools.SavedTool;
import org.lantern.training.tools.ToolDefinition;
import org.lantern.training.tools.ToolException;
import org.lantern.training.tools.ToolService;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form built from a tool definition: one heading per section and one field per question. Fires
 * {@link SaveEvent}; the view makes the service call. Errors never clear what was typed.
 */
class ToolForm extends Div {

    /** The title and answers as typed, by field key. */
    static final class SaveEvent extends ComponentEvent<ToolForm> {
        final String title;
        final Map<String, String> values;

        SaveEvent(ToolForm source) {
            super(source, false);
            this.title = source.title.getValue();
            this.values = source.values();
        }
    }

    private final TextField title = new TextField("Title for this copy");
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Div error = Texts.alert();
    private final Div actions = new Div();
    private String savedTitle = "";
    private Map<String, String> savedValues = Map.of();

    ToolForm(ToolDefinition tool, @Nullable SavedTool copy) {
        addClassName("lantern-tool-form");
        title.setHelperText("Optional. For example, \"Practice: a trip to the coast\". Do not use names.");
        title.setMaxLength(ToolService.MAX_TITLE);
        title.setWidthFull();
        add(title);
        for (ToolDefinition.Section section : tool.sections()) {
            add(createSection(section));
        }
        Button save = new Button("Save", e -> {
            error.setText("");
            // a date that could not be read stops the save, so nothing typed is lost or changed
            fields.values().stream().filter(DatePicker.class::isInstance).map(f -> DateInput.problem((DatePicker) f))
                    .flatMap(java.util.Optional::stream).findFirst()
                    .ifPresentOrElse(error::setText, () -> fireEvent(new SaveEvent(this)));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.addClassNames("lantern-toolbar", "lantern-toolbar-centred", "lantern-tool-actions");
        actions.add(save);
        add(error, actions);
        if (copy != null) {
            title.setValue(copy.title());
            copy.values().forEach(this::setValue);
        } else {
            // a new copy starts with the tool's suggested text (e.g. crisis lines), the person's to keep or change
            tool.fields().stream().filter(f -> !f.defaultValue().isEmpty()).forEach(f -> setValue(f.key(), f.defaultValue()));
        }
        markSaved();
    }

    /** The bar holding Save, so the view can add its own buttons beside it. */
    Div actions() {
        return actions;
    }

    private Component createSection(ToolDefinition.Section section) {
        Section block = new Section();
        block.addClassName("lantern-tool-section");
        Paragraph help = new Paragraph(section.help());
        help.addClassName("lantern-meta");
        block.add(new H2(section.title()), help);
        for (ToolDefinition.Field field : section.fields()) {
            Component input = ToolFields.create(field);
            fields.put(field.key(), input);
            block.add(input);
            if (input instanceof Checkbox && !field.help().isEmpty()) {
                Paragraph checkboxHelp = new Paragraph(field.help());
                checkboxHelp.addClassName("lantern-field-help");
                block.add(checkboxHelp);
            }
        }
        return block;
    }

    private void setValue(String key, String value) {
        Component input = fields.get(key);
        if (input != null) {
            ToolFields.setText(input, value);
        }
    }

    /** Every answer as text, by field key; unanswered fields are empty. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((key, input) -> values.put(key, ToolFields.text(input)));
        return values;
    }

    /** Remembers the current text as saved, so leaving the page does not warn. */
    void markSaved() {
        savedTitle = title.getValue();
        savedValues = values();
    }

    boolean hasUnsavedChanges() {
        return !title.getValue().equals(savedTitle) || !values().equals(savedValues);
    }

    void clearErrors() {
        error.setText("");
        fields.values().forEach(input -> {
            if (input instanceof HasValidation validation) {
                validation.setInvalid(false);
            }
        });
    }

    /** Shows the problem above the buttons and on the field it is about; the typed text stays. */
    void showError(ToolException problem) {
        error.setText(problem.getMessage());
        problem.fieldKey().map(fields::get).ifPresent(input -> {
            if (input instanceof HasValidation validation) {
                validation.setErrorMessage(problem.getMessage());
                validation.setInvalid(true);
            }
            if (input instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        });
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
