package org.lantern.reports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import org.lantern.base.security.Account;
import org.lantern.reports.AnalysisPlan;
import org.lantern.reports.AnalysisPlans;
import org.lantern.reports.PlanTest;
import org.lantern.reports.ReportException;
import org.lantern.reports.ReportFormat;
import org.lantern.surveys.SurveyDefinition;

import java.time.ZoneId;

/**
 * A programme's analysis plan on its page: the primary outcome an evaluator chooses before the first follow-up wave
 * opens, saved as a draft and then locked. What may be done comes from the service; this only shows it.
 */
class AnalysisPlanPanel extends Div {

    private final AnalysisPlans plans;
    private final Account account;
    private final String programmeKey;
    private final Select<String> afterWave = new Select<>();
    private final Select<SurveyDefinition.Theme> theme = new Select<>();
    private final RadioButtonGroup<PlanTest> test = new RadioButtonGroup<>("Test");
    private final NumberField alpha = new NumberField("Alpha (significance level)");
    private final NumberField minimumChange = new NumberField("Minimum meaningful change (scale points)");
    private final TextArea rationale = new TextArea("Why (optional)");
    private final Paragraph outcome = new Paragraph();

    AnalysisPlanPanel(AnalysisPlans plans, Account account, String programmeKey) {
        this.plans = plans;
        this.account = account;
        this.programmeKey = programmeKey;
        addClassName("lantern-analysis-plan");
        outcome.getElement().setAttribute("role", "status");
        show(plans.state(account, programmeKey));
    }

    private void show(AnalysisPlans.PlanState state) {
        removeAll();
        add(new H2("Analysis plan"), new Paragraph("Choose the primary outcome before any follow-up answers exist: one theme, "
                + "the test, the significance level and the smallest change that would matter. Once locked, the plan cannot be "
                + "changed, and the evaluation report leads with that outcome and calls every other figure exploratory."));
        AnalysisPlan plan = state.plan();
        if (plan != null) {
            add(new Paragraph((plan.locked() ? "Locked on " + ReportFormat.date(plan.lockedAt().atZone(ZoneId.systemDefault())
                    .toLocalDate()) + " by an " + plan.lockedByRole() + ": " : "Draft, not locked: ") + "the change in '"
                    + plan.themeTitle() + "' from the first survey to the " + plan.afterWave() + " survey, " + plan.test().label()
                    + ", alpha " + plan.alpha() + ", minimum meaningful change " + plan.minimumChange() + " points"
                    + (plan.rationale() == null ? "." : ". Why: " + plan.rationale())));
        }
        if (!state.editable()) {
            add(new Paragraph(state.whyNotEditable()), outcome);
            return;
        }
        form(state, plan);
    }

    private void form(AnalysisPlans.PlanState state, AnalysisPlan plan) {
        afterWave.setLabel("Compare the first survey with");
        afterWave.setId("plan-after-wave");
        theme.setId("plan-theme");
        afterWave.setItems(state.followUpWaves());
        afterWave.setItemLabelGenerator(ReportFormat::wave);
        afterWave.setValue(plan == null ? state.followUpWaves().getLast() : plan.afterWave());
        theme.setLabel("Primary theme");
        theme.setItems(state.survey().themes());
        theme.setItemLabelGenerator(SurveyDefinition.Theme::title);
        theme.setValue(plan == null ? null : state.survey().theme(plan.theme()).orElse(null));
        test.setItems(PlanTest.values());
        test.setItemLabelGenerator(PlanTest::label);
        test.setValue(plan == null ? PlanTest.PAIRED_T : plan.test());
        alpha.setValue(plan == null ? 0.05 : plan.alpha());
        alpha.setStep(0.01);
        alpha.setHelperText("Usually 0.05; from 0.001 to 0.2");
        minimumChange.setValue(plan == null ? null : plan.minimumChange());
        minimumChange.setHelperText("A rise in the mean theme score, e.g. 0.3");
        rationale.setValue(plan == null || plan.rationale() == null ? "" : plan.rationale());
        rationale.setMaxLength(4000);
        Button save = new Button("Save draft", e -> act(false));
        Button lock = new Button("Lock plan", e -> act(true));
        lock.addThemeVariants(ButtonVariant.PRIMARY);
        add(afterWave, theme, test, alpha, minimumChange, rationale, new Div(save, lock),
                new Paragraph("Lock saves what is above and fixes it for good."), outcome);
    }

    private void act(boolean andLock) {
        AnalysisPlan.Draft draft = new AnalysisPlan.Draft(afterWave.getValue(), theme.getValue() == null ? null : theme.getValue().key(),
                test.getValue() == null ? null : test.getValue().key(), alpha.getValue(), minimumChange.getValue(), rationale.getValue());
        try {
            if (andLock) {
                plans.saveAndLock(account, programmeKey, draft);
            } else {
                plans.save(account, programmeKey, draft);
            }
            show(plans.state(account, programmeKey));
            outcome.setText(andLock ? "Locked: the plan can no longer be changed." : "Saved as a draft. Lock it before the "
                    + "first follow-up survey opens.");
            outcome.setClassName("lantern-done");
        } catch (ReportException e) {
            outcome.setText(e.getMessage() + " Nothing was changed.");
            outcome.setClassName("lantern-error");
        }
    }
}
