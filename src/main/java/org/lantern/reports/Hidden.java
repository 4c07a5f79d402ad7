package org.lantern.reports;

/** Why a figure is not shown. */
public enum Hidden {
    /** It would be computed from fewer people than the minimum group size. */
    TOO_FEW,
    /**
     * Secondary suppression: exactly one team in a breakdown was too small, so the next-smallest
     * team is hidden as well, otherwise the small team could be worked out from the total.
     */
    PROTECTS_SMALL_TEAM
}
