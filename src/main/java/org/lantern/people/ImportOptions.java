package org.lantern.people;

/**
 * What an administrator chose for one people import.
 *
 * @param createMissingTeams create the teams the file names that Lantern does not have yet; otherwise
 *                           a line naming one is rejected
 * @param missingAreLeavers  people with an account who are not in the file are leavers and are
 *                           disabled (administrators excepted); otherwise only {@code active=false}
 *                           disables someone
 */
public record ImportOptions(boolean createMissingTeams, boolean missingAreLeavers) {

    /** Neither box ticked: the safe defaults. */
    public static final ImportOptions SAFE = new ImportOptions(false, false);
}
