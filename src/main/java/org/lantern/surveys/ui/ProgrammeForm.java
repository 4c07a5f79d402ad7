package org.lantern.surveys.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.lantern.base.ui.Texts;
import org.lantern.base.ui.DateInput;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.SurveyDefinition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Form for a new programme: key, title, survey, teams and its waves. Fires a {@link SaveEvent}. */
class ProgrammeForm extends Dialog {

    static final class SaveEvent extends ComponentEvent<ProgrammeForm> {
        final NewProgramme programme;

        SaveEvent(ProgrammeForm source, NewProgramme programme) {
            super(source, false);
            this.programme = programme;
        }
    }

    private record WaveRow(TextField key, DatePicker opens, DatePicker closes) {
    }

    private final TextField key = new TextField("Key");
    private final TextField title = new TextField("Title");
    private final ComboBox<SurveyDefinition> survey = new ComboBox<>("Survey");
    private final MultiSelectComboBox<String> teams = new MultiSelectComboBox<>("Teams");
    private final List<WaveRow> waves = new ArrayList<>();
    private final Div waveRows = new Div();
    private final Div error = Texts.alert();

    ProgrammeForm(List<SurveyDefinition> surveys, List<String> teamNames, LocalDate today) {
        teams.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);   // chips wrap, never cut off
        setHeaderTitle("New programme");
        key.setHelperText("Lower-case words joined by dashes, e.g. recovery-2027");
        key.setRequiredIndicatorVisible(true);
        title.setRequiredIndicatorVisible(true);
        survey.setItems(surveys);
        survey.setItemLabelGenerator(SurveyDefinition::title);
        if (!surveys.isEmpty()) {
            survey.setValue(surveys.getFirst());   // the newest version; older ones stay choosable for comparison
        }
        teams.setItems(teamNames);
        teams.setAllowCustomValue(true);
        teams.addCustomValueSetListener(e -> {
            List<String> items = new ArrayList<>(teamNames);
            items.add(e.getDetail());
            teams.setItems(items);
            var selected = new java.util.HashSet<>(teams.getValue());
            selected.add(e.getDetail());
            teams.setValue(selected);
        });
        teams.setHelperText("Type a new name to add a team that is not in Lantern yet (e.g. for paper answers).");
        FormLayout form = new FormLayout(key, title, survey, teams);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        addWave("before", today, today.plusWeeks(4));
        addWave("after", today.plusMonths(4), today.plusMonths(5));
        Button addWave = new Button("Add a follow-up wave", e -> addWave("follow-up-" + (waves.size() - 1),
                today.plusMonths(8), today.plusMonths(9)));
        add(form, new H3("Waves"), waveRows, addWave, error);
        Button save = new Button("Create programme", e -> {
            error.setText("");
            waves.stream().flatMap(w -> java.util.stream.Stream.of(w.opens(), w.closes()))
                    .map(DateInput::problem).flatMap(java.util.Optional::stream).findFirst()
                    .ifPresentOrElse(this::showError, () -> fireEvent(new SaveEvent(this, value())));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(48rem, 100vw)");
    }

    private void addWave(String waveKey, LocalDate opens, LocalDate closes) {
        int n = waves.size() + 1;
        WaveRow row = new WaveRow(new TextField("Wave " + n + " key", waveKey, ""), DateInput.date("Wave " + n + " opens"),
                DateInput.date("Wave " + n + " closes"));
        row.opens().setValue(opens);
        row.closes().setValue(closes);
        waves.add(row);
        Div line = new Div(row.key(), row.opens(), row.closes());
        line.addClassName("lantern-toolbar");
        waveRows.add(line);
    }

    private NewProgramme value() {
        return new NewProgramme(key.getValue(), title.getValue(), survey.getValue() == null ? null : survey.getValue().key(),
                List.copyOf(teams.getValue()), waves.stream().map(w -> new NewProgramme.NewWave(w.key().getValue(),
                w.opens().getValue(), w.closes().getValue())).toList());
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
