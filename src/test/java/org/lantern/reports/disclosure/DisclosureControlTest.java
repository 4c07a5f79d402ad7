package org.lantern.reports.disclosure;

import org.junit.jupiter.api.Test;
import org.lantern.reports.disclosure.DisclosureControl.Why;

import java.util.BitSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules on small, hand-made populations: each test is one way a reader could subtract. */
class DisclosureControlTest {

    private static final int K = 5;
    private static final int TEAM_EVERYONE = 10;
    private static final int TEAM_PAIRS = 30;
    private static final int ALL_EVERYONE = 20;
    private static final int ALL_PAIRS = 40;

    /** A one-block release: one kind of figure, for all teams and each team. */
    private static final class OneKind {
        final DisclosureControl control = new DisclosureControl(K);
        final int all;
        final int[] team;
        final DisclosureControl.BlockBuilder block;
        final int row;

        OneKind(int teams, int measures) {
            all = control.cell(ALL_EVERYONE);
            team = new int[teams];
            int[] scopes = new int[teams + 1];
            scopes[0] = all;
            for (int t = 0; t < teams; t++) {
                team[t] = control.cell(TEAM_EVERYONE);
                scopes[t + 1] = team[t];
            }
            block = control.block("test", teams, measures);
            row = block.rowType(scopes);
        }

        void people(int team, int count, int knownBy, int... classes) {
            for (int i = 0; i < count; i++) {
                BitSet leaf = new BitSet();
                leaf.set(row);
                block.person(team, leaf, knownBy, classes.length == 0 ? new int[0] : classes);
            }
        }

        List<Why> decide() {
            block.build();
            return control.decide();
        }
    }

    @Test
    void aTeamOfOneIsNotLeftBetweenTheTotalAndTheOtherTeams() {
        // teams of 20, 15, 1 and 0: hiding only the team of one would leave it as total - 20 - 15
        OneKind r = new OneKind(4, 0);
        r.people(0, 20, -1);
        r.people(1, 15, -1);
        r.people(2, 1, -1);
        List<Why> why = r.decide();
        assertThat(why.get(r.team[2])).isEqualTo(Why.TOO_FEW);
        assertThat(why.get(r.team[1])).as("the next-smallest team with people, not the empty one").isEqualTo(Why.PROTECTS_OTHERS);
        assertThat(why.get(r.team[3])).as("an empty team hides nothing").isNull();
        assertThat(why.get(r.team[0])).isNull();
        assertThat(why.get(r.all)).isNull();
    }

    @Test
    void hiddenTeamsTogetherMustReachTheThreshold() {
        OneKind small = new OneKind(4, 0);
        small.people(0, 20, -1);
        small.people(1, 12, -1);
        small.people(2, 2, -1);
        small.people(3, 2, -1);
        List<Why> why = small.decide();
        assertThat(why.get(small.team[2])).isEqualTo(Why.TOO_FEW);
        assertThat(why.get(small.team[3])).isEqualTo(Why.TOO_FEW);
        assertThat(why.get(small.team[1])).as("2 + 2 hidden people are fewer than 5").isEqualTo(Why.PROTECTS_OTHERS);

        OneKind enough = new OneKind(4, 0);
        enough.people(0, 20, -1);
        enough.people(1, 12, -1);
        enough.people(2, 3, -1);
        enough.people(3, 3, -1);
        why = enough.decide();
        assertThat(why.get(enough.team[2])).isEqualTo(Why.TOO_FEW);
        assertThat(why.get(enough.team[3])).isEqualTo(Why.TOO_FEW);
        assertThat(why.get(enough.team[1])).as("3 + 3 hidden people can stay together").isNull();
        assertThat(why.get(enough.all)).isNull();
    }

    @Test
    void theOnePersonBetweenEveryoneAndThePairsIsNotLeftOver() {
        // one team: 10 answered before, 9 of them also after; before(everyone) - before(pairs) = one person
        DisclosureControl control = new DisclosureControl(K);
        int allEveryone = control.cell(ALL_EVERYONE);
        int allPairs = control.cell(ALL_PAIRS);
        int teamEveryone = control.cell(TEAM_EVERYONE);
        int teamPairs = control.cell(TEAM_PAIRS);
        var block = control.block("hope, before", 1, 0);
        int everyone = block.rowType(new int[]{allEveryone, teamEveryone});
        int pairs = block.rowType(new int[]{allPairs, teamPairs});
        for (int i = 0; i < 10; i++) {
            BitSet leaf = new BitSet();
            leaf.set(everyone);
            if (i < 9) {
                leaf.set(pairs);
            }
            block.person(0, leaf, -1, new int[0]);
        }
        block.build();
        List<Why> why = control.decide();
        assertThat(why.get(teamEveryone)).isEqualTo(Why.PROTECTS_OTHERS);
        assertThat(why.get(allEveryone)).isEqualTo(Why.PROTECTS_OTHERS);
        assertThat(why.get(teamPairs)).isNull();
        assertThat(why.get(allPairs)).isNull();
    }

    @Test
    void aGroupThatAllGaveTheSameAnswerIsHiddenAndCannotBeWorkedBack() {
        OneKind r = new OneKind(3, 1);
        r.people(0, 8, -1, 4);
        r.people(0, 4, -1, 2);
        r.people(1, 6, -1, 5);   // everyone in team 1 answered 5
        r.people(2, 7, -1, 3);
        r.people(2, 2, -1, 1);
        List<Why> why = r.decide();
        assertThat(why.get(r.team[1])).isEqualTo(Why.EVERYONE_ALIKE);
        assertThat(why.get(r.team[2])).as("otherwise total - team 0 - team 2 = team 1").isEqualTo(Why.PROTECTS_OTHERS);
        assertThat(why.get(r.team[0])).isNull();
        assertThat(why.get(r.all)).isNull();
    }

    @Test
    void answersTheReaderEnteredDoNotCountTowardsTheThreshold() {
        // padding: the importer (reader 7) adds 4 invented people to a team of 1 answered in Lantern
        OneKind r = new OneKind(3, 0);
        r.people(0, 20, -1);
        r.people(1, 9, -1);
        r.people(2, 1, -1);
        r.people(2, 4, 7);
        List<Why> why = r.decide();
        assertThat(why.get(r.team[2])).isEqualTo(Why.TOO_FEW);
        assertThat(why.get(r.team[1])).isEqualTo(Why.PROTECTS_OTHERS);
        assertThat(why.get(r.all)).isNull();
    }

    @Test
    void aLateChangeOfFewerThanTheThresholdKeepsTheEarlierFigure() {
        // release 1 showed team A (10 people) and the total; one late paper answer joins team A
        DisclosureControl control = new DisclosureControl(K);
        int oldAll = control.releasedCell(true);
        int oldA = control.releasedCell(true);
        int oldB = control.releasedCell(true);
        int newAll = control.cell(ALL_EVERYONE);
        int newA = control.cell(TEAM_EVERYONE);
        int newB = control.cell(TEAM_EVERYONE);
        var block = control.block("before", 2, 0);
        int r1 = block.rowType(new int[]{oldAll, oldA, oldB});
        int r2 = block.rowType(new int[]{newAll, newA, newB});
        for (int i = 0; i < 21; i++) {
            BitSet leaf = new BitSet();
            leaf.set(r2);
            if (i != 0) {
                leaf.set(r1);
            }
            block.person(i < 11 ? 0 : 1, leaf, -1, new int[0]);
        }
        block.build();
        List<Why> why = control.decide();
        assertThat(why.get(newA)).isEqualTo(Why.SINCE_EARLIER_RELEASE);
        assertThat(why.get(newAll)).as("new total - old total is the late person too").isEqualTo(Why.SINCE_EARLIER_RELEASE);
        assertThat(why.get(newB)).as("team B did not change: the same figure again reveals nothing").isNull();
    }

    @Test
    void earlierReleasesThatRevealTooMuchCannotBeMended() {
        DisclosureControl control = new DisclosureControl(K);
        int oldAll = control.releasedCell(true);
        int oldA = control.releasedCell(true);
        var block = control.block("before", 2, 0);
        block.rowType(new int[]{oldAll, oldA, -1});
        for (int i = 0; i < 9; i++) {
            BitSet leaf = new BitSet();
            leaf.set(0);
            block.person(i < 6 ? 0 : 1, leaf, -1, new int[0]);
        }
        block.build();
        assertThatThrownBy(control::decide).isInstanceOf(DisclosureException.class)
                .hasMessageContaining("minimum group size");
    }

    @Test
    void cellsShownTogetherAreHiddenTogether() {
        OneKind r = new OneKind(2, 0);
        r.people(0, 20, -1);
        r.people(1, 2, -1);
        int other = r.control.cell(0);
        r.control.together(r.team[1], other);
        var second = r.control.block("second", 2, 0);
        int row = second.rowType(new int[]{-1, -1, other});
        for (int i = 0; i < 7; i++) {
            BitSet leaf = new BitSet();
            leaf.set(row);
            second.person(1, leaf, -1, new int[0]);
        }
        second.build();
        List<Why> why = r.decide();
        assertThat(why.get(r.team[1])).isEqualTo(Why.TOO_FEW);
        assertThat(why.get(other)).isEqualTo(Why.TOO_FEW);
    }
}
