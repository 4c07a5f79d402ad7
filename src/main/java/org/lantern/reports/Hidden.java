package org.lantern.reports;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Why a figure is not shown. */
@RequiredArgsConstructor
@Getter
public enum Hidden {
    /** It would be about fewer people than the minimum group size. */
    TOO_FEW("too-few"),
    /** Everyone in the group gave the same answer, so the figure would tell each person's answer. */
    EVERYONE_ALIKE("everyone-alike"),
    /**
     * Secondary suppression: shown, it would let a reader work out a hidden group's figures by
     * adding and subtracting other figures (for example the total minus the other teams).
     */
    PROTECTS_OTHERS("protects-others"),
    /**
     * It changed for fewer than the minimum number of people since an earlier release of the same
     * surveys, so subtracting the two would single them out; the earlier release still shows it.
     */
    SINCE_EARLIER_RELEASE("since-earlier-release");

    /** The reason's code in data files and JSON: too-few, everyone-alike, protects-others, since-earlier-release. */
    private final String code;
}
