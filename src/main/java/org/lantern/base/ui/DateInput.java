package org.lantern.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Date fields that never lose a date. They read and show dates in the page's locale (English, United
 * Kingdom by default: day/month/year), and a date that cannot be read turns the field red with a
 * message saying how to write it. Forms call {@link #problem} before saving: a date typed but not
 * understood must stop the save, never be saved as "no date".
 */
public final class DateInput {

    /** A date all the examples use: the 31st makes the order of day and month plain. */
    private static final LocalDate EXAMPLE = LocalDate.of(2026, 12, 31);

    private DateInput() {
    }

    /** A date field labelled {@code label}. */
    public static DatePicker date(String label) {
        DatePicker field = new DatePicker(label);
        field.addAttachListener(e -> configure(field, e.getUI().getLocale()));
        return field;
    }

    /** A date and time field labelled {@code label} (24-hour clock in the UK). */
    public static DateTimePicker dateTime(String label) {
        DateTimePicker field = new DateTimePicker(label);
        field.addAttachListener(e -> {
            Locale locale = e.getUI().getLocale();
            field.setLocale(locale);
            field.setDatePickerI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(firstDay(locale)));
            field.setI18n(new DateTimePicker.DateTimePickerI18n()
                    .setBadInputErrorMessage(badInput(locale) + " Choose a time from the list, for example 14:00.")
                    .setIncompleteInputErrorMessage("Enter both the date and the time."));
        });
        return field;
    }

    /** Sets the locale and messages of a field made elsewhere. */
    public static void configure(DatePicker field, Locale locale) {
        field.setLocale(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setBadInputErrorMessage(badInput(locale))
                .setFirstDayOfWeek(firstDay(locale));
        field.setI18n(i18n);
        field.setHelperText(field.getHelperText() == null || field.getHelperText().isBlank()
                ? "For example " + example(locale) : field.getHelperText());
    }

    /** The calendar's first day: Monday in the UK (0 is Sunday for the date picker). */
    private static int firstDay(Locale locale) {
        return java.time.temporal.WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7;
    }

    /** How the example date is written in this locale, e.g. 31/12/2026. */
    public static String example(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(EXAMPLE)
                .replace("/26", "/2026");
    }

    private static String badInput(Locale locale) {
        String example = example(locale);
        String order = example.startsWith("12") ? "month/day/year" : example.startsWith("2026") ? "year-month-day" : "day/month/year";
        return "This date could not be read. Write it as " + order + ", for example " + example + ".";
    }

    /**
     * Why the field's date cannot be saved (it could not be read, or breaks the field's limits), or
     * empty when it is fine, including when it is empty and not required.
     */
    public static Optional<String> problem(DatePicker field) {
        return problem(field, field.getLabel(), field.getDefaultValidator());
    }

    /** The same for a date and time field. */
    public static Optional<String> problem(DateTimePicker field) {
        return problem(field, field.getLabel(), field.getDefaultValidator());
    }

    private static <V, F extends com.vaadin.flow.component.Component & HasValue<?, V> & HasValidationProperties>
            Optional<String> problem(F field, String label, Validator<V> validator) {
        ValidationResult result = validator.apply(field.getValue(), new ValueContext(field));
        if (result.isError()) {
            field.setInvalid(true);
            field.setErrorMessage(result.getErrorMessage());
            return Optional.of(label + ": " + result.getErrorMessage());
        }
        return Optional.empty();
    }
}
