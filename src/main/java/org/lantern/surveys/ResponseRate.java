package org.lantern.surveys;

/**
 * How many of a team's staff answered a wave: counts only, never who answered what.
 *
 * @param invited    staff in the team (null when suppressed)
 * @param responded  submitted responses (null when suppressed)
 * @param suppressed true when the group is below the minimum size, so counts are hidden
 */
public record ResponseRate(long teamId, String teamName, String waveKey, Integer invited, Integer responded,
                           boolean suppressed) {

    /** Percentage answered, or null when unknown or hidden. */
    public Integer percent() {
        if (suppressed || invited == null || responded == null || invited == 0) {
            return null;
        }
        return (int) Math.round(100.0 * responded / invited);
    }
}
