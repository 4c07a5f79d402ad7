package org.lantern.reflection.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.lantern.base.ui.Texts;
import org.lantern.base.ui.DateInput;
import org.lantern.base.security.Account;
import org.lantern.reflection.FocusType;
import org.lantern.reflection.NewSession;
import org.lantern.reflection.ReflectionModel;
import org.lantern.reflection.SessionFocusSource;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A manager plans a session: team, when, focus, reflection model and pre-reading. Fires a {@link SaveEvent}. */
class PlanSessionForm extends Dialog {

    static final class SaveEvent extends ComponentEvent<PlanSessionForm> {
        final NewSession session;

        SaveEvent(PlanSessionForm source, NewSession session) {
            super(source, false);
            this.session = session;
        }
    }

    private record FocusKind(FocusType type, String label) {
    }

    private final Select<Account.TeamMembership> team = new Select<>();
    private final DateTimePicker when = DateInput.dateTime("Date and time");
    private final IntegerField duration = new IntegerField("Length in minutes");
    private final Select<FocusKind> kind = new Select<>();
    private final ComboBox<SessionFocusSource.Option> item = new ComboBox<>("Choose");
    private final TextField topic = new TextField("Topic");
    private final Select<ReflectionModel> model = new Select<>();
    private final TextArea preReading = new TextArea("Pre-reading or a note for the team (optional)");
    private final Div error = Texts.alert();

    PlanSessionForm(List<Account.TeamMembership> teams, List<SessionFocusSource> sources, List<ReflectionModel> models,
                    LocalDateTime now) {
        setHeaderTitle("Plan a reflective session");
        team.setLabel("Team");
        team.setItems(teams);
        team.setItemLabelGenerator(Account.TeamMembership::teamName);
        team.setValue(teams.getFirst());
        when.setValue(now.plusDays(7).truncatedTo(ChronoUnit.HOURS).withHour(14));
        duration.setValue(60);
        duration.setMin(10);
        duration.setMax(480);
        duration.setStepButtonsVisible(true);
        List<FocusKind> kinds = new ArrayList<>(sources.stream().map(s -> new FocusKind(s.type(), s.label())).toList());
        kinds.add(new FocusKind(FocusType.TOPIC, FocusType.TOPIC.label()));
        kind.setLabel("Focus");
        kind.setItems(kinds);
        kind.setItemLabelGenerator(FocusKind::label);
        kind.addValueChangeListener(e -> {
            boolean isTopic = e.getValue().type() == FocusType.TOPIC;
            topic.setVisible(isTopic);
            item.setVisible(!isTopic);
            item.clear();
            sources.stream().filter(s -> s.type() == e.getValue().type()).findFirst()
                    .ifPresent(s -> item.setItems(s.options()));
        });
        item.setItemLabelGenerator(SessionFocusSource.Option::title);
        topic.setMaxLength(200);
        kind.setValue(kinds.getFirst());
        model.setLabel("Reflection model");
        model.setItems(models);
        model.setItemLabelGenerator(m -> m.title() + " (" + m.totalMinutes() + " min)");
        if (!models.isEmpty()) {
            model.setValue(models.getFirst());
        }
        preReading.setMaxLength(5000);
        preReading.setHelperText("Shown on your team's home pages. Do not include names or details of people using services.");
        FormLayout form = new FormLayout(team, when, duration, kind, item, topic, model, preReading);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(preReading, 2);
        add(form, error);
        Button save = new Button("Plan session", e -> {
            error.setText("");
            DateInput.problem(when).ifPresentOrElse(this::showError, () -> fireEvent(new SaveEvent(this, value())));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(48rem, 100vw)");
    }

    private NewSession value() {
        FocusType type = kind.getValue() == null ? null : kind.getValue().type();
        String ref = type == FocusType.TOPIC ? topic.getValue() : item.getValue() == null ? "" : item.getValue().ref();
        return new NewSession(team.getValue().teamId(), when.getValue(), duration.getValue() == null ? 0 : duration.getValue(),
                type, ref, model.getValue() == null ? "" : model.getValue().key(), preReading.getValue());
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
