package org.lantern.training.tools.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.lantern.base.ui.DateInput;
import org.lantern.training.tools.ToolDefinition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The inputs of a tool form, one per field type, and their answers as the text a saved copy keeps. */
final class ToolFields {

    private ToolFields() {
    }

    /** The input for one question of a tool. */
    static Component create(ToolDefinition.Field field) {
        return switch (field.type()) {
            case TEXT -> {
                TextField text = new TextField(field.label());
                text.setMaxLength(field.type().maxLength());
                text.setHelperText(field.help());
                text.setWidthFull();
                yield text;
            }
            case TEXTAREA -> {
                TextArea area = new TextArea(field.label());
                area.setMaxLength(field.type().maxLength());
                area.setHelperText(field.help());
                area.setMinRows(3);
                // sends text while the person types, so long answers keep the session alive
                area.setValueChangeMode(ValueChangeMode.LAZY);
                area.setValueChangeTimeout(2000);
                area.setWidthFull();
                yield area;
            }
            case CHECKBOX -> new Checkbox(field.label());
            case DATE -> {
                DatePicker date = DateInput.date(field.label());
                if (!field.help().isEmpty()) {
                    date.setHelperText(field.help());
                }
                yield date;
            }
            case CHOICE -> {
                RadioButtonGroup<String> choice = new RadioButtonGroup<>(field.label());
                choice.setItems(field.options());
                choice.setHelperText(field.help());
                yield choice;
            }
        };
    }

    /** Shows a saved answer in its input. */
    @SuppressWarnings("unchecked")
    static void setText(Component input, String value) {
        switch (input) {
            case Checkbox checkbox -> checkbox.setValue("true".equals(value));
            case DatePicker date -> date.setValue(parseDate(value));
            case RadioButtonGroup<?> choice -> ((RadioButtonGroup<String>) choice).setValue(value);
            case TextField text -> text.setValue(value);
            case TextArea area -> area.setValue(value);
            default -> throw new IllegalStateException("Unexpected field " + input);
        }
    }

    /** The answer in an input as text; empty when unanswered. */
    static String text(Component input) {
        return switch (input) {
            case Checkbox checkbox -> String.valueOf(checkbox.getValue());
            case DatePicker date -> date.getValue() == null ? "" : date.getValue().toString();
            case HasValue<?, ?> other -> other.getValue() == null ? "" : String.valueOf(other.getValue());
            default -> "";
        };
    }

    private static @Nullable LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
