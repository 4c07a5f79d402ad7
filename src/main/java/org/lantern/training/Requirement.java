package org.lantern.training;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One module a person is required to complete, and where they stand with it today.
 *
 * @param dueOn       when it is (or was) due: the assignment's date, or the day an expired completion stopped counting
 *                    when that is later
 * @param completedOn the latest completion, or null
 * @param validUntil  the last day that completion counts, or null when it never expires (or there is none)
 */
public record Requirement(String moduleKey, String moduleTitle, LocalDate dueOn, RequirementState state,
                          @Nullable LocalDate completedOn, @Nullable LocalDate validUntil) {

    /** British dates, as every page and export shows them: 31 March 2027. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * Where a person stands on {@code today} with a module due on {@code assignedDue}, given their latest
     * completion (completed on {@code completedOn}, counting until {@code validUntil}; both null when none).
     */
    static Requirement of(String moduleKey, String moduleTitle, LocalDate assignedDue, @Nullable LocalDate completedOn,
                          @Nullable LocalDate validUntil, LocalDate today) {
        boolean counts = completedOn != null && (validUntil == null || !today.isAfter(validUntil));
        if (counts) {
            boolean refresh = validUntil != null && !today.isBefore(validUntil.minusDays(ModuleProgress.REFRESH_WINDOW_DAYS));
            return new Requirement(moduleKey, moduleTitle, assignedDue, refresh ? RequirementState.REFRESH_DUE : RequirementState.DONE,
                    completedOn, validUntil);
        }
        LocalDate due = validUntil != null && validUntil.isAfter(assignedDue) ? validUntil : assignedDue;
        RequirementState state = today.isAfter(due) ? RequirementState.OVERDUE
                : today.isBefore(due.minusDays(RequirementState.DUE_SOON_DAYS)) ? RequirementState.NOT_DUE_YET
                : RequirementState.DUE_SOON;
        return new Requirement(moduleKey, moduleTitle, due, state, completedOn, validUntil);
    }

    /** The state in plain words with its dates, e.g. "Overdue: was due 31 March 2027". */
    public String describe() {
        return switch (state) {
            case DONE -> "Done " + DATE.format(completedOn) + (validUntil == null ? "" : ", valid until " + DATE.format(validUntil));
            case REFRESH_DUE -> "Done " + DATE.format(completedOn) + ", refresh by " + DATE.format(validUntil);
            case NOT_DUE_YET -> "Not done yet, due " + DATE.format(dueOn);
            case DUE_SOON -> "Due soon: by " + DATE.format(dueOn);
            case OVERDUE -> "Overdue: was due " + DATE.format(dueOn);
        };
    }

    /** The line the person sees first on their home page, e.g. "Required: Positive risk-taking, due 31 March 2027". */
    public String headline() {
        return switch (state) {
            case DONE -> "Required: " + moduleTitle + ", done";
            case REFRESH_DUE -> "Required: " + moduleTitle + ", refresh by " + DATE.format(validUntil);
            case NOT_DUE_YET -> "Required: " + moduleTitle + ", due " + DATE.format(dueOn);
            case DUE_SOON -> "Required: " + moduleTitle + ", due soon, by " + DATE.format(dueOn);
            case OVERDUE -> "Required: " + moduleTitle + ", overdue, it was due " + DATE.format(dueOn);
        };
    }
}
