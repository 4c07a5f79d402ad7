package org.lantern.surveys.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.lantern.surveys.SurveyDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/** The field for each kind of survey question: a scale, a choice of options, or words of one's own. */
final class QuestionFields {

    private QuestionFields() {
    }

    /**
     * The field for one question, showing its saved answer, which saves each change.
     *
     * @param saved the answer saved so far, or null
     * @param save  called with the question's key and the new answer (null or blank when cleared)
     */
    static HasValue<?, ?> field(int number, SurveyDefinition.Item item, SurveyDefinition survey, @Nullable String saved,
                                BiConsumer<String, @Nullable String> save) {
        String label = number + ". " + item.text();
        return switch (item.type()) {
            case LIKERT -> {
                SurveyDefinition.Scale scale = survey.scale();
                // values as the service takes them: the scale's numbers as text, and the "Not applicable" code
                List<String> values = new ArrayList<>(IntStream.rangeClosed(scale.min(), scale.max()).mapToObj(String::valueOf).toList());
                if (item.notApplicable()) {
                    values.add(SurveyDefinition.NOT_APPLICABLE);
                }
                RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
                group.setItems(values);
                group.setItemLabelGenerator(v -> likertLabel(scale, v));
                group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                if (item.notApplicable()) {
                    group.setHelperText("Choose \"" + SurveyDefinition.NOT_APPLICABLE_LABEL + "\" if your work never involves this.");
                }
                if (saved != null && values.contains(saved)) {
                    group.setValue(saved);
                }
                group.addValueChangeListener(e -> save.accept(item.key(), e.getValue()));
                yield group;
            }
            case CHOICE -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
                group.setItems(item.options());
                group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                if (saved != null && item.options().contains(saved)) {
                    group.setValue(saved);
                }
                group.addValueChangeListener(e -> save.accept(item.key(), e.getValue()));
                yield group;
            }
            case TEXT -> {
                TextArea text = new TextArea(label);
                text.setWidthFull();
                text.setMaxLength(5000);
                text.setHelperText("Optional. Please do not include names or details that could identify anyone.");
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.setValueChangeTimeout(700);
                if (saved != null) {
                    text.setValue(saved);
                }
                text.addValueChangeListener(e -> save.accept(item.key(), e.getValue()));
                yield text;
            }
        };
    }

    /** How a likert answer reads: the scale's label, or "Not applicable". */
    static String likertLabel(SurveyDefinition.Scale scale, String value) {
        return SurveyDefinition.NOT_APPLICABLE.equals(value) ? SurveyDefinition.NOT_APPLICABLE_LABEL : scale.label(Integer.parseInt(value));
    }

    /** Scrolls to a question and puts the cursor in its field, after everything else the round trip does. */
    static void scrollTo(Section section, HasValue<?, ?> field) {
        section.getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(section, context -> {
            section.scrollIntoView();
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }));
    }
}
