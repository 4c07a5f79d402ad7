package org.lantern.surveys.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.surveys.MyResponse;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.SurveyException;
import org.lantern.surveys.SurveyAnswering;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answering a survey wave. Every answer is saved as soon as it is given, so a closed tab or a
 * dropped connection loses nothing; coming back carries on. Submitting is final.
 */
@Route("surveys/:programme/:wave")
@RolesAllowed(Role.STAFF_ROLE)
public class SurveyResponseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyAnswering answering;
    private final Account account;
    private final Paragraph saveStatus = new Paragraph();
    private final Paragraph answeredCount = new Paragraph();
    private final Div error = Texts.alert();
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final ProgressBar progress = new ProgressBar();
    private MyResponse response;
    private String title = "Survey";

    SurveyResponseView(SurveyAnswering answering, CurrentAccount currentAccount) {
        this.answering = answering;
        this.account = currentAccount.require();
        addClassNames("lantern-page", "lantern-reading");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        saveStatus.addClassName("lantern-meta");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clear();
        try {
            response = answering.startOrResume(account, event.getRouteParameters().get("programme").orElse(""),
                    event.getRouteParameters().get("wave").orElse(""));
        } catch (SurveyException e) {
            add(new H1("Survey not available"), new Paragraph(e.getMessage()));
            return;
        }
        title = response.programme().title();
        if (response.submitted()) {
            showSubmitted();
        } else {
            showForm();
        }
    }

    private void showForm() {
        SurveyDefinition survey = response.survey();
        add(new H1(response.programme().title()));
        add(new Paragraph(SurveyLinks.waveLabel(response.wave().key()) + " survey · open until " + SurveyLinks.date(response.wave().closes())));
        if (!survey.description().isEmpty()) {
            add(new Paragraph(survey.description()));
        }
        Paragraph autosave = new Paragraph("Each answer is saved as you go. You can stop and come back later, on any device.");
        autosave.addClassName("lantern-resume");
        add(autosave);
        String theme = null;
        int number = 1;
        for (SurveyDefinition.Item item : survey.items()) {
            if (!item.theme().equals(theme) && item.type() != SurveyDefinition.ItemType.TEXT) {
                theme = item.theme();
                survey.theme(theme).ifPresent(t -> add(new H2(t.title())));
            } else if (item.type() == SurveyDefinition.ItemType.TEXT && theme != null) {
                theme = null;
                add(new H2("In your own words"));
            }
            add(createItem(number++, item));
        }
        ThenTestQuestions.addTo(this, response.thenTestItems(), number, this::createItem);
        updateCount();
        add(error, progressBar());
        if (fields.values().stream().anyMatch(f -> !f.isEmpty())) {
            // coming back: carry on at the first question not yet answered, not at the top of 30 answered ones
            firstUnanswered().ifPresent(this::goTo);
        }
    }

    /** The bar that stays at the foot of the screen: questions answered, last save, next unanswered question, Submit. */
    private Component progressBar() {
        progress.setMax(Math.max(1, response.scoredItems().size()));
        progress.getElement().setAttribute("aria-label", "Questions answered");
        Button next = new Button("Next unanswered question", e -> firstUnanswered().ifPresentOrElse(this::goTo,
                () -> saveStatus.setText("Every question is answered. You can submit when you are ready.")));
        next.addClassName("lantern-primary-action");
        Button submit = new Button("Submit my answers", e -> confirmSubmit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div text = new Div(answeredCount, saveStatus);
        text.addClassName("lantern-progress-text");
        Div buttons = new Div(next, submit);
        buttons.addClassName("lantern-toolbar");
        Div bar = new Div(progress, text, buttons);
        bar.addClassName("lantern-progress-bar");
        return bar;
    }

    private Optional<String> firstUnanswered() {
        return response.scoredItems().stream().map(SurveyDefinition.Item::key)
                .filter(key -> fields.containsKey(key) && fields.get(key).isEmpty()).findFirst();
    }

    private void goTo(String itemKey) {
        // after everything else this round trip does, so a new page's "start at the top" comes first
        QuestionFields.scrollTo(sections.get(itemKey), fields.get(itemKey));
    }

    private Component createItem(int number, SurveyDefinition.Item item) {
        Section section = new Section();
        section.addClassName("lantern-question");
        sections.put(item.key(), section);
        HasValue<?, ?> field = QuestionFields.field(number, item, response.survey(), response.answers().get(item.key()), this::save);
        fields.put(item.key(), field);
        section.add((Component) field);
        return section;
    }

    private void save(String itemKey, String value) {
        try {
            answering.saveAnswer(account, response.programme().key(), response.wave().key(), itemKey, value);
            saveStatus.setText("Saved.");
            error.setText("");
            updateCount();
        } catch (SurveyException e) {
            error.setText("Not saved: " + e.getMessage());
        }
    }

    private void updateCount() {
        long answered = fields.values().stream().filter(f -> !f.isEmpty()).count();
        long scored = response.scoredItems().size();
        long scoredAnswered = response.scoredItems().stream().filter(i -> fields.containsKey(i.key())
                && !fields.get(i.key()).isEmpty()).count();
        progress.setValue(scoredAnswered);
        answeredCount.setText(scoredAnswered + " of " + scored + " questions answered" + (answered > scoredAnswered
                ? ", plus " + (answered - scoredAnswered) + " written answer(s)." : "."));
    }

    private void confirmSubmit() {
        long missing = response.scoredItems().stream().filter(i -> fields.get(i.key()).isEmpty()).count();
        new SubmitConfirmation(missing, this::submit).open();
    }

    private void submit() {
        try {
            response = answering.submit(account, response.programme().key(), response.wave().key());
            clear();
            showSubmitted();
        } catch (SurveyException e) {
            error.setText(e.getMessage());
        }
    }

    /** Empties the page and lets go of the questions' fields, which the session would otherwise keep after submitting. */
    private void clear() {
        removeAll();
        fields.clear();
        sections.clear();
        add(new Anchor("surveys", "All surveys"));
    }

    private void showSubmitted() {
        add(SubmittedAnswers.of(response));
    }

    @Override
    public String getPageTitle() {
        return title + " | Lantern";
    }
}
