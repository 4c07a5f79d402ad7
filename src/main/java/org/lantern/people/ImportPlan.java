package org.lantern.people;

import java.util.List;

/**
 * What a people import changes, or changed once applied: each person in the file (and each leaver
 * missing from it, when chosen) with what happens to their account, the lines that were rejected and
 * the teams it creates.
 *
 * @param people         every person the import looked at, in file order, leavers missing from the file last
 * @param rejected       lines left out, with why, by line number (the header is line 1)
 * @param teamsToCreate  teams the import creates (only when the administrator chose so)
 * @param ignoredColumns columns of the file the import does not use
 * @param applied        true once written to the database; false for a preview
 */
public record ImportPlan(List<PersonChange> people, List<Rejection> rejected, List<String> teamsToCreate,
                         List<String> ignoredColumns, boolean applied) {

    /** What happens to one person's account. */
    public enum Kind {
        /** a new account */
        NEW,
        /** name, e-mail, roles, teams or "can sign in" change */
        CHANGED,
        /** a leaver: the account stays but can no longer sign in */
        DISABLED,
        /** nothing changes */
        UNCHANGED
    }

    /**
     * @param line    the line in the file, or 0 for a leaver missing from it
     * @param changes what changes, in words ("teams: +Ward 2, −Ward 1"); empty when nothing does
     */
    public record PersonChange(long line, String username, String displayName, Kind kind, List<String> changes) {
    }

    /** A line left out of the import, and why. */
    public record Rejection(long line, String message) {
    }

    public int count(Kind kind) {
        return (int) people.stream().filter(p -> p.kind() == kind).count();
    }

    /** True when applying would change nothing: no account and no team would be written. */
    public boolean nothingToChange() {
        return teamsToCreate.isEmpty() && people.stream().allMatch(p -> p.kind() == Kind.UNCHANGED);
    }

    /** The counts in one sentence, e.g. "3 new, 2 changed, 1 disabled, 194 unchanged, 2 lines rejected". */
    public String summary() {
        return count(Kind.NEW) + " new, " + count(Kind.CHANGED) + " changed, " + count(Kind.DISABLED) + " disabled, "
                + count(Kind.UNCHANGED) + " unchanged, " + rejected.size() + (rejected.size() == 1 ? " line" : " lines")
                + " rejected" + (teamsToCreate.isEmpty() ? "" : ", " + teamsToCreate.size() + " new team(s)");
    }
}
