package org.lantern.training;

import java.util.List;
import java.util.Map;

/**
 * Required learning of one team, for its managers and administrators: who has completed which
 * required module and by when the rest are due. Completion only, never what anyone wrote or answered.
 *
 * @param modules the modules required of at least one member, in catalogue order
 * @param rows    one per member of whom anything is required, in name order
 * @param counts  per module key, how many members are in each state
 */
public record TeamCompliance(long teamId, String teamName, List<ModuleRef> modules, List<Member> rows,
                             Map<String, Map<RequirementState, Integer>> counts) {

    /** A required module's key and title. */
    public record ModuleRef(String key, String title) {
    }

    /** One member's required modules by key; a module not required of them is absent. */
    public record Member(String displayName, Map<String, Requirement> cells) {
    }

    /** A module's counts in words, e.g. "3 done, 1 due soon, 2 overdue, 0 not due yet". */
    public String countsOf(String moduleKey) {
        Map<RequirementState, Integer> c = counts.getOrDefault(moduleKey, Map.of());
        int done = c.getOrDefault(RequirementState.DONE, 0) + c.getOrDefault(RequirementState.REFRESH_DUE, 0);
        return done + " done, " + c.getOrDefault(RequirementState.DUE_SOON, 0) + " due soon, "
                + c.getOrDefault(RequirementState.OVERDUE, 0) + " overdue, "
                + c.getOrDefault(RequirementState.NOT_DUE_YET, 0) + " not due yet";
    }
}
