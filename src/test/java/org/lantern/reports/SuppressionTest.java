package org.lantern.reports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTest {

    private final Suppression rule = new Suppression(5);
    private static final String[] NAMES = {"Alpha", "Bravo", "Charlie", "Delta"};

    @Test
    void aFigureFromFewerThanTheMinimumIsHidden() {
        assertThat(rule.single(4)).isEqualTo(Hidden.TOO_FEW);
        assertThat(rule.single(0)).isEqualTo(Hidden.TOO_FEW);
        assertThat(rule.single(5)).isNull();
    }

    @Test
    void whenExactlyOneTeamIsHiddenTheNextSmallestIsHiddenToo() {
        assertThat(rule.breakdown(new int[]{12, 7, 3, 9}, NAMES))
                .containsExactly(null, Hidden.PROTECTS_SMALL_TEAM, Hidden.TOO_FEW, null);
    }

    @Test
    void aTieForNextSmallestGoesToTheFirstName() {
        assertThat(rule.breakdown(new int[]{8, 8, 2, 20}, NAMES))
                .containsExactly(Hidden.PROTECTS_SMALL_TEAM, null, Hidden.TOO_FEW, null);
    }

    @Test
    void twoOrMoreSmallTeamsNeedNoSecondHiding() {
        assertThat(rule.breakdown(new int[]{12, 4, 3, 9}, NAMES))
                .containsExactly(null, Hidden.TOO_FEW, Hidden.TOO_FEW, null);
    }

    @Test
    void nothingIsHiddenWhenEveryTeamIsLargeEnough() {
        assertThat(rule.breakdown(new int[]{5, 6, 50, 9}, NAMES)).containsOnlyNulls();
    }

    @Test
    void aLoneSmallTeamHidesTheOnlyOtherTeam() {
        assertThat(rule.breakdown(new int[]{30, 1}, new String[]{"Alpha", "Bravo"}))
                .containsExactly(Hidden.PROTECTS_SMALL_TEAM, Hidden.TOO_FEW);
    }
}
