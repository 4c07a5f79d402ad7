package org.lantern.reports.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Account;
import org.lantern.reports.AnalysisPlan;
import org.lantern.reports.AnalysisPlans;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A programme's pre-registered analysis plan: {@code GET /api/programmes/{key}/analysis-plan},
 * {@code PUT} the same address to save a draft, {@code POST .../analysis-plan/lock} to lock it (optionally saving the
 * body first). Evaluators and administrators only; refused (409) once the first follow-up wave has opened or the plan
 * is locked.
 */
@RestController
@RequiredArgsConstructor
@Tag(name = "Evaluation reports")
class AnalysisPlanController {

    private final AnalysisPlans plans;

    @Operation(summary = "A programme's analysis plan", description = "The plan (null when none was saved), whether it "
            + "can still be saved or locked, and if not why.")
    @GetMapping("/api/programmes/{key}/analysis-plan")
    PlanJson.PlanStateJson plan(Account account, @PathVariable String key) {
        AnalysisPlans.PlanState state = ReportController.call(() -> plans.state(account, key));
        return new PlanJson.PlanStateJson(PlanJson.AnalysisPlanJson.of(state.plan(), firstWave(account, key)), state.editable(),
                state.whyNotEditable());
    }

    @Operation(summary = "Save the analysis plan as a draft", description = """
            Body: {"afterWave": "after", "theme": "hope", "test": "paired-t" or "wilcoxon", "alpha": 0.05, \
            "minimumChange": 0.3, "rationale": "..."}; afterWave defaults to the last wave.""", responses = {
            @ApiResponse(responseCode = "200", description = "The saved draft."),
            @ApiResponse(responseCode = "400", description = "A field is missing or impossible; nothing was saved."),
            @ApiResponse(responseCode = "409", description = "The plan is locked, or the first follow-up wave has opened.")})
    @PutMapping("/api/programmes/{key}/analysis-plan")
    PlanJson.AnalysisPlanJson save(Account account, @PathVariable String key, @RequestBody(required = false) AnalysisPlan.@Nullable Draft draft) {
        AnalysisPlan.Draft given = draft == null ? new AnalysisPlan.Draft(null, null, null, null, null, null) : draft;
        return PlanJson.AnalysisPlanJson.of(ReportController.call(() -> plans.save(account, key, given)), firstWave(account, key));
    }

    @Operation(summary = "Lock the analysis plan", description = "With a body, saves it first (as the PUT) and locks it in "
            + "one step; without one, locks the saved draft. A locked plan never changes.", responses = {
            @ApiResponse(responseCode = "200", description = "The locked plan."),
            @ApiResponse(responseCode = "409", description = "Nothing saved to lock, already locked, or the first follow-up wave has opened.")})
    @PostMapping("/api/programmes/{key}/analysis-plan/lock")
    PlanJson.AnalysisPlanJson lock(Account account, @PathVariable String key, @RequestBody(required = false) AnalysisPlan.@Nullable Draft draft) {
        AnalysisPlan locked = ReportController.call(() -> draft == null ? plans.lock(account, key) : plans.saveAndLock(account, key, draft));
        return PlanJson.AnalysisPlanJson.of(locked, firstWave(account, key));
    }

    private String firstWave(Account account, String key) {
        return ReportController.call(() -> plans.state(account, key)).firstWave();
    }
}
