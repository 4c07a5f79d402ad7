package org.lantern.reports;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.surveys.Programme;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.SurveyDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.lantern.reports.ReportException.Kind.CONFLICT;
import static org.lantern.reports.ReportException.Kind.INVALID;
import static org.lantern.reports.ReportException.Kind.NOT_ALLOWED;
import static org.lantern.reports.ReportException.Kind.NOT_FOUND;

/**
 * The door to a programme's pre-registered analysis plan (evaluators and administrators). A plan may
 * be saved, changed and locked only before the programme's first follow-up wave opens, by the
 * application clock: after that, answers that could show which theme "worked" exist, and a plan
 * chosen then would not be pre-registered. Once locked it never changes. Every save and lock is
 * recorded in the audit trail.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AnalysisPlans {

    private final Programmes programmes;
    private final AnalysisPlanRepository plans;
    private final AuditService audit;
    private final Clock clock;

    /** A programme's plan as an evaluator sees it, with whether it can still be saved or locked and, if not, why. */
    public record PlanState(@Nullable AnalysisPlan plan, boolean editable, @Nullable String whyNotEditable,
                            SurveyDefinition survey, String firstWave, java.util.List<String> followUpWaves) {
    }

    /** The plan of a programme, whether it can be changed, and what it may name. */
    @Transactional(readOnly = true)
    public PlanState state(Account account, String programmeKey) {
        Programme programme = programme(account, programmeKey);
        SurveyDefinition survey = survey(programme);
        AnalysisPlan plan = plans.find(programme.id()).map(s -> toPlan(programme, survey, s)).orElse(null);
        String why = whyNotEditable(programme, plan);
        return new PlanState(plan, why == null, why, survey, programme.waves().getFirst().key(),
                programme.waves().stream().skip(1).map(Programme.Wave::key).toList());
    }

    /**
     * Saves the plan as a draft (creating or replacing it).
     *
     * @throws ReportException INVALID with a plain message for a missing or impossible field; CONFLICT when the
     *                         plan is locked or the first follow-up wave has opened; NOT_ALLOWED for anyone but
     *                         evaluators and administrators
     */
    @Transactional
    public AnalysisPlan save(Account account, String programmeKey, AnalysisPlan.Draft draft) {
        Programme programme = programme(account, programmeKey);
        plans.lockRow(programme.id());
        SurveyDefinition survey = survey(programme);
        Programme.Wave after = afterWave(programme, draft.afterWave());
        SurveyDefinition.Theme theme = theme(survey, draft.theme());
        PlanTest test = draft.test() == null ? null : PlanTest.fromKey(draft.test().trim()).orElse(null);
        if (test == null) {
            throw new ReportException(INVALID, "Choose the test: 'paired-t' (paired t-test) or 'wilcoxon' (Wilcoxon signed-rank test).");
        }
        double alpha = alpha(draft.alpha());
        double minimum = minimumChange(draft.minimumChange(), survey);
        String rationale = draft.rationale() == null || draft.rationale().isBlank() ? null : draft.rationale().strip();
        if (rationale != null && rationale.length() > 4000) {
            throw new ReportException(INVALID, "The rationale is " + rationale.length() + " characters long; shorten it to 4000 or fewer.");
        }
        refuseIfNotEditable(programme, survey);
        plans.save(programme.id(), after.id(), theme.key(), test.key(), alpha, minimum, rationale, clock.instant(), account.id());
        audit.record(account.username(), AuditEventType.ANALYSIS_PLAN, "Analysis plan saved: programme " + programme.key()
                + ", primary theme " + theme.key() + ", " + test.key() + ", alpha " + alpha + ", minimum change " + minimum
                + ", first wave to " + after.key());
        return plans.find(programme.id()).map(s -> toPlan(programme, survey, s)).orElseThrow();
    }

    /**
     * Locks the saved plan: from now on it cannot change, and reports of the programme lead with its primary outcome.
     *
     * @throws ReportException NOT_FOUND when nothing has been saved; CONFLICT when it is locked already or the first
     *                         follow-up wave has opened
     */
    @Transactional
    public AnalysisPlan lock(Account account, String programmeKey) {
        Programme programme = programme(account, programmeKey);
        plans.lockRow(programme.id());
        SurveyDefinition survey = survey(programme);
        if (plans.find(programme.id()).isEmpty()) {
            throw new ReportException(CONFLICT, "There is no analysis plan to lock: save one first.");
        }
        refuseIfNotEditable(programme, survey);
        String role = account.hasRole(Role.EVALUATOR) ? "evaluator" : "administrator";
        plans.lock(programme.id(), clock.instant(), account.id(), role);
        AnalysisPlan plan = plans.find(programme.id()).map(s -> toPlan(programme, survey, s)).orElseThrow();
        audit.record(account.username(), AuditEventType.ANALYSIS_PLAN, "Analysis plan locked: programme " + programme.key()
                + ", primary theme " + plan.theme() + ", " + plan.test().key() + ", alpha " + plan.alpha() + ", minimum change "
                + plan.minimumChange() + ", first wave to " + plan.afterWave());
        return plan;
    }

    /** Saves the plan and locks it, in one step: both happen or neither. */
    @Transactional
    public AnalysisPlan saveAndLock(Account account, String programmeKey, AnalysisPlan.Draft draft) {
        save(account, programmeKey, draft);
        return lock(account, programmeKey);
    }

    /** The locked plan of a programme, for reports (whoever may read them); drafts do not count. */
    Optional<AnalysisPlan> locked(Programme programme, SurveyDefinition survey) {
        return plans.find(programme.id()).filter(s -> s.lockedAt() != null).map(s -> toPlan(programme, survey, s));
    }

    private void refuseIfNotEditable(Programme programme, SurveyDefinition survey) {
        String why = whyNotEditable(programme, plans.find(programme.id()).map(s -> toPlan(programme, survey, s)).orElse(null));
        if (why != null) {
            throw new ReportException(CONFLICT, why);
        }
    }

    private @Nullable String whyNotEditable(Programme programme, @Nullable AnalysisPlan plan) {
        if (plan != null && plan.locked()) {
            return "The analysis plan was locked on " + ReportFormat.date(plan.lockedAt().atZone(clock.getZone()).toLocalDate())
                    + " and can no longer be changed.";
        }
        if (programme.waves().size() < 2) {
            return "This programme has only one wave, so there is no change to plan an analysis of.";
        }
        Programme.Wave firstFollowUp = programme.waves().get(1);
        LocalDate today = LocalDate.now(clock);
        if (!today.isBefore(firstFollowUp.opens())) {
            return "The " + firstFollowUp.key() + " wave opened on " + ReportFormat.date(firstFollowUp.opens()) + ": a plan can only "
                    + "be " + (plan == null ? "made" : "changed or locked") + " before follow-up answers exist, so it "
                    + "is no longer pre-registered.";
        }
        return null;
    }

    private Programme programme(Account account, String programmeKey) {
        if (!account.enabled() || !(account.hasRole(Role.EVALUATOR) || account.hasRole(Role.ADMIN))) {
            throw new ReportException(NOT_ALLOWED, "Only evaluators and administrators can make an analysis plan.");
        }
        return programmes.programme(programmeKey)
                .orElseThrow(() -> new ReportException(NOT_FOUND, "No programme with the key '" + programmeKey + "'."));
    }

    private SurveyDefinition survey(Programme programme) {
        return programmes.survey(programme.surveyKey()).orElseThrow(() -> new ReportException(NOT_FOUND,
                "The survey '" + programme.surveyKey() + "' of this programme is not in the content folder."));
    }

    private static Programme.Wave afterWave(Programme programme, @Nullable String key) {
        if (key == null || key.isBlank()) {
            return programme.waves().getLast();
        }
        return programme.waves().stream().skip(1).filter(w -> w.key().equals(key.trim())).findFirst()
                .orElseThrow(() -> new ReportException(INVALID, "Choose the follow-up wave to compare with the first: "
                        + programme.waves().stream().skip(1).map(Programme.Wave::key).collect(Collectors.joining(", ")) + "."));
    }

    private static SurveyDefinition.Theme theme(SurveyDefinition survey, @Nullable String key) {
        String themes = survey.themes().stream().map(t -> t.key() + " (" + t.title() + ")").collect(Collectors.joining(", "));
        if (key == null || key.isBlank()) {
            throw new ReportException(INVALID, "Choose the primary theme: " + themes + ".");
        }
        return survey.theme(key.trim()).orElseThrow(() -> new ReportException(INVALID, "The survey has no theme '" + key.trim()
                + "'. Its themes are: " + themes + "."));
    }

    private static double alpha(@Nullable Double alpha) {
        if (alpha == null || !(alpha >= 0.001 && alpha <= 0.2)) {
            throw new ReportException(INVALID, "Alpha is the significance level: a number from 0.001 to 0.2, usually 0.05.");
        }
        return alpha;
    }

    private static double minimumChange(@Nullable Double minimum, SurveyDefinition survey) {
        SurveyDefinition.Scale scale = survey.scale();
        double range = scale == null ? Double.MAX_VALUE : scale.max() - scale.min();
        if (minimum == null || !(minimum > 0 && minimum <= range)) {
            throw new ReportException(INVALID, "The minimum meaningful change is in scale points: more than 0"
                    + (scale == null ? "" : " and at most " + String.format(Locale.ROOT, "%d", scale.max() - scale.min())
                    + " (the scale runs from " + scale.min() + " to " + scale.max() + ")") + ".");
        }
        return minimum;
    }

    private static AnalysisPlan toPlan(Programme programme, SurveyDefinition survey, AnalysisPlanRepository.Stored s) {
        String wave = programme.waves().stream().filter(w -> w.id() == s.afterWaveId()).map(Programme.Wave::key).findFirst()
                .orElse("?");
        String title = survey.theme(s.theme()).map(SurveyDefinition.Theme::title).orElse(s.theme());
        return new AnalysisPlan(wave, s.theme(), title, PlanTest.fromKey(s.test()).orElseThrow(), s.alpha(), s.minimumChange(),
                s.rationale(), s.savedAt(), s.lockedAt(), s.lockedByRole());
    }
}
