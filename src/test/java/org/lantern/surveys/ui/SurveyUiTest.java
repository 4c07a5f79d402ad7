package org.lantern.surveys.ui;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.ui.NotAllowedView;
import org.lantern.surveys.SurveyAnswering;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class SurveyUiTest extends KaribuTest {

    @Autowired
    PeopleService people;

    @Autowired
    SurveyAnswering answering;

    @Autowired
    org.lantern.surveys.Programmes programmes;

    private java.util.List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffAnswerComeBackLaterAndSubmit() {
        signIn("staff");
        open("");
        assertThat(texts()).anySatisfy(t -> assertThat(t).startsWith("Before survey · open until"));

        open("surveys/strengths-pilot/before");
        RadioButtonGroup<String> first = _find(RadioButtonGroup.class).getFirst();
        first.setValue("4");
        _get(TextArea.class, spec -> spec.withLabel("31. What would most help you to work in a recovery-focused way?"))
                .setValue("Time to plan with people.");
        assertThat(texts()).contains("Saved.");

        open("learn");
        open("surveys/strengths-pilot/before");
        assertThat(((RadioButtonGroup<String>) _find(RadioButtonGroup.class).getFirst()).getValue()).isEqualTo("4");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("31. What would most help you to work in a recovery-focused way?")).getValue())
                .isEqualTo("Time to plan with people.");

        _get(Button.class, spec -> spec.withText("Submit my answers")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(texts()).anySatisfy(t -> assertThat(t).startsWith("Thank you. You submitted the before survey on "
                + SurveyLinks.date(java.time.LocalDate.now()) + "."));
        assertThat(texts()).contains("Agree", "Time to plan with people.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void afterSubmittingTheSessionNoLongerHoldsTheQuestionsFields() throws ReflectiveOperationException {
        signIn("staff");
        open("surveys/strengths-pilot/before");
        ((RadioButtonGroup<String>) _find(RadioButtonGroup.class).getFirst()).setValue("4");
        _get(Button.class, spec -> spec.withText("Submit my answers")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(texts()).anySatisfy(t -> assertThat(t).startsWith("Thank you. You submitted"));
        // the session keeps its view: after submitting, the view must no longer keep the 33 questions' fields
        Object view = com.vaadin.flow.component.UI.getCurrent().getCurrentView();
        for (String held : new String[] {"fields", "sections"}) {
            java.lang.reflect.Field field = SurveyResponseView.class.getDeclaredField(held);
            field.setAccessible(true);
            assertThat((java.util.Map<?, ?>) field.get(view)).as(held).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void afterTheTrainingStaffAlsoAnswerTheLookingBackQuestionsInTheirOwnGroup() {
        java.time.LocalDate today = java.time.LocalDate.now();
        programmes.createProgramme(account("evaluator"), new org.lantern.surveys.NewProgramme("then-ui-test", "Looking back on the form",
                "recovery-knowledge-then-test", java.util.List.of("Community Team North"), java.util.List.of(
                new org.lantern.surveys.NewProgramme.NewWave("before", today.minusDays(60), today.minusDays(40)),
                new org.lantern.surveys.NewProgramme.NewWave("after", today, today.plusDays(10)))));
        programmes.createProgramme(account("evaluator"), new org.lantern.surveys.NewProgramme("then-ui-first", "No looking back first",
                "recovery-knowledge-then-test", java.util.List.of("Community Team North"), java.util.List.of(
                new org.lantern.surveys.NewProgramme.NewWave("before", today, today.plusDays(10)),
                new org.lantern.surveys.NewProgramme.NewWave("after", today.plusDays(100), today.plusDays(120)))));
        signIn("staff");
        open("surveys/then-ui-first/before");
        assertThat(_find(com.vaadin.flow.component.html.H2.class)).extracting(com.vaadin.flow.component.html.H2::getText)
                .as("nothing to look back on before the training").doesNotContain("Looking back");

        open("surveys/then-ui-test/after");
        assertThat(_find(com.vaadin.flow.component.html.H2.class)).extracting(com.vaadin.flow.component.html.H2::getText)
                .endsWith("Looking back");
        assertThat(texts()).anySatisfy(t -> assertThat(t).startsWith("Now think back to before the training."));
        assertThat(texts()).contains("0 of 38 questions answered.");
        RadioButtonGroup<String> now = _get(RadioButtonGroup.class, spec -> spec.withLabel(
                "1. I believe every person I support can build a life that feels good to them."));
        RadioButtonGroup<String> then = _get(RadioButtonGroup.class, spec -> spec.withLabel(
                "34. I believe every person I support can build a life that feels good to them."));
        now.setValue("5");
        then.setValue("2");
        assertThat(texts()).contains("Saved.", "2 of 38 questions answered.");
        assertThat(answering.startOrResume(account("staff"), "then-ui-test", "after").answers())
                .containsEntry("hope-1", "5").containsEntry("hope-1.then", "2");
        _get(RadioButtonGroup.class, spec -> spec.withLabel(
                "35. Before the training, I told people when I noticed they had made progress, however small.")).setValue("3");

        _get(Button.class, spec -> spec.withText("Submit my answers")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(texts()).contains("Looking back, before the training: I believe every person I support can build a life that "
                + "feels good to them.", "Disagree", "Strongly agree");
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffAnswerNotApplicableWhereItIsOfferedChangeItBackAndSeeItAfterSubmitting() {
        java.time.LocalDate today = java.time.LocalDate.now();
        programmes.createProgramme(account("evaluator"), new org.lantern.surveys.NewProgramme("na-ui-test", "Not applicable on the form",
                "recovery-knowledge-v2", java.util.List.of("Community Team North"), java.util.List.of(
                new org.lantern.surveys.NewProgramme.NewWave("before", today, today.plusDays(10)),
                new org.lantern.surveys.NewProgramme.NewWave("after", today.plusDays(100), today.plusDays(120)))));
        signIn("staff");
        open("surveys/na-ui-test/before");
        RadioButtonGroup<String> carers = _get(RadioButtonGroup.class, spec -> spec.withLabel(
                "12. I ask people whether, and how, they want family, friends or carers to be involved."));
        assertThat(carers.getListDataView().getItems().map(carers.getItemLabelGenerator()).toList())
                .containsExactly("Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree", "Not applicable");
        assertThat(carers.getHelperText()).isEqualTo("Choose \"Not applicable\" if your work never involves this.");
        RadioButtonGroup<String> hope = _get(RadioButtonGroup.class, spec -> spec.withLabel(
                "1. I believe every person I support can build a life that feels good to them."));
        assertThat(hope.getListDataView().getItems().map(hope.getItemLabelGenerator()).toList()).as("only where it fits")
                .doesNotContain("Not applicable");

        carers.setValue(org.lantern.surveys.SurveyDefinition.NOT_APPLICABLE);
        assertThat(texts()).contains("Saved.").anySatisfy(t -> assertThat(t).startsWith("1 of "));
        carers.setValue("2");
        open("learn");
        open("surveys/na-ui-test/before");
        carers = _get(RadioButtonGroup.class, spec -> spec.withLabel(
                "12. I ask people whether, and how, they want family, friends or carers to be involved."));
        assertThat(carers.getValue()).as("changed back to a number, and resumed so").isEqualTo("2");
        carers.setValue(org.lantern.surveys.SurveyDefinition.NOT_APPLICABLE);

        open("learn");
        open("surveys/na-ui-test/before");
        assertThat(((RadioButtonGroup<String>) _get(RadioButtonGroup.class, spec -> spec.withLabel(
                "12. I ask people whether, and how, they want family, friends or carers to be involved."))).getValue())
                .isEqualTo(org.lantern.surveys.SurveyDefinition.NOT_APPLICABLE);
        _get(Button.class, spec -> spec.withText("Submit my answers")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        java.util.List<String> shown = texts();
        int question = shown.indexOf("I ask people whether, and how, they want family, friends or carers to be involved.");
        assertThat(question).isPositive();
        assertThat(shown.get(question + 1)).isEqualTo("Not applicable");
        assertThat(shown.get(question + 3)).as("the next question was not answered").isEqualTo("Not answered");
    }

    @Test
    void evaluatorsSeeProgrammesButCannotAnswerAndStaffCannotSeeProgrammes() {
        signIn("evaluator");
        assertThat(open("programmes")).isInstanceOf(ProgrammesView.class);
        assertThat(open("programmes/recovery-practice-2026")).isInstanceOf(ProgrammeView.class);
        assertThat(open("surveys/strengths-pilot/before")).isInstanceOf(NotAllowedView.class);
    }

    @Test
    void evaluatorsFindThePrintableSurveyOnTheProgrammePage() {
        signIn("evaluator");
        open("programmes/strengths-pilot");
        com.vaadin.flow.component.html.Anchor link = _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withText("Printable survey (PDF)"));
        assertThat(link.getHref()).isNotBlank();
    }

    @Test
    void staffCannotOpenProgrammesOrTeamResponses() {
        signIn("staff");
        assertThat(open("programmes")).isInstanceOf(NotAllowedView.class);
        assertThat(open("reports/responses")).isInstanceOf(NotAllowedView.class);
    }

    @Test
    void managersSeeCountsAndWhoHasNotAnsweredButNoAnswers() {
        answering.startOrResume(account("staff"), "strengths-pilot", "before");
        answering.saveAnswer(account("staff"), "strengths-pilot", "before", "comments", "A private thought");
        answering.submit(account("staff"), "strengths-pilot", "before");
        signIn("manager");
        assertThat(open("reports/responses")).isInstanceOf(TeamResponsesView.class);
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class).stream().map(li -> li.getElement().getText()))
                .contains("Amira K.").doesNotContain("Sam Staff");
        assertThat(texts()).noneSatisfy(t -> assertThat(t).contains("A private thought"));
    }

    @Test
    void evaluatorsArchiveAFinishedProgrammeAfterConfirmingWhatHappens() {
        signIn("evaluator");
        open("programmes/strengths-pilot");
        Button notYet = _get(Button.class, spec -> spec.withText("Archive programme…"));
        assertThat(notYet.isEnabled()).isFalse();
        assertThat(texts()).anySatisfy(t -> assertThat(t).startsWith("The after wave closes on ")
                .endsWith(": a programme can be archived once its last wave has closed."));

        open("programmes/recovery-practice-2026");
        _get(Button.class, spec -> spec.withText("Archive programme…")).click();
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("message")).contains("nobody, including the person themselves, can see or "
                + "resume their answers", "This cannot be undone.");
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(texts()).anySatisfy(t -> assertThat(t).startsWith("Archived on " + SurveyLinks.date(java.time.LocalDate.now())));
        assertThat(_find(Button.class, spec -> spec.withText("Archive programme…"))).isEmpty();
        assertThat(texts()).anySatisfy(t -> assertThat(t).contains("response(s) imported by Evan Evaluator"));
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
