package org.lantern.reports.privacy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.LanternTest;
import org.lantern.reports.Hidden;
import org.lantern.reports.Report;
import org.lantern.reports.ThemeFigures;
import org.lantern.reports.TrendFigures;
import org.lantern.reports.WaveFigures;
import org.lantern.reports.privacy.Cohort.Person;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trend over all waves adds populations: the cohort (answered every wave) and everyone at each wave. The
 * motivated intruder subtracts them from each other and from the pair's figures. Two attacks:
 * <ul>
 *   <li>One person missed the middle wave: everyone at the last wave (and the pair's "after" and "pairs") is the
 *       cohort plus that one person, so shown side by side they give that person's every answer (n × mean of one
 *       minus n × mean of the other; the SDs give the squares). The cohort must go.</li>
 *   <li>A small team's cohort is hidden, but the programme's cohort and the large team's are shown: the programme
 *       minus the large team is the small team's cohort. One of them must go (the team's, by priority), and the same
 *       for everyone at the middle wave.</li>
 * </ul>
 * Without the trend cells in the audit both leaked: the figures below are what the release would otherwise show.
 */
@LanternTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CohortMinusOneAttackTest extends AttackSupport {

    private Cohort leaver;
    private Cohort teams;

    @BeforeAll
    void releaseBothProgrammes() {
        Lab lab = lab();
        String importer = lab.evaluator("trend.importer");
        leaver = lab.programme("attack-trend-leaver", List.of("Trend Leaver Team"), 3);
        List<Lab.Row> rows = new ArrayList<>();
        Random random = new Random(303);
        for (int i = 0; i < 9; i++) {
            Person p = leaver.person(leaver.key + "-" + i, 0);
            for (int w = 0; w < 3; w++) {
                rows.add(Lab.spread(leaver, random, p, w));
            }
        }
        Person one = leaver.person(leaver.key + "-leaver", 0);
        rows.add(Lab.spread(leaver, random, one, 0));
        rows.add(Lab.spread(leaver, random, one, 2));
        lab.importRows(leaver, importer, rows);
        lab.release(leaver, "evaluator", 0, 2);

        teams = lab.programme("attack-trend-teams", List.of("Trend Large Team", "Trend Small Team"), 3);
        rows = new ArrayList<>();
        random = new Random(404);
        for (int i = 0; i < 12; i++) {
            Person p = teams.person(teams.key + "-large-" + i, 0);
            for (int w = 0; w < 3; w++) {
                rows.add(Lab.spread(teams, random, p, w));
            }
        }
        for (int i = 0; i < 6; i++) {
            Person p = teams.person(teams.key + "-small-" + i, 1);
            for (int w = 0; w < 3; w++) {
                if (w != 1 || i < 3) {
                    rows.add(Lab.spread(teams, random, p, w));
                }
            }
        }
        lab.importRows(teams, importer, rows);
        lab.release(teams, "evaluator", 0, 2);
    }

    private Report read(Cohort c, String team) {
        return reports.report(account("evaluator"), c.key, "before", "after", team);
    }

    private static Integer n(WaveFigures w) {
        return w.hidden() == null && w.stats() != null ? w.stats().n() : null;
    }

    @Test
    void theCohortIsNotEveryoneMinusOnePerson() {
        Report report = read(leaver, null);
        TrendFigures trend = report.trend();
        assertThat(trend).as("a release of the first and last of three waves shows the trend").isNotNull();
        assertThat(trend.waves()).containsExactly("before", "middle", "after");
        for (ThemeFigures theme : report.overall().themes()) {
            TrendFigures.Row row = trend.themes().stream().filter(r -> r.key().equals(theme.theme().key())).findFirst().orElseThrow();
            // the populations a reader sees at the last wave, as numbers of people (null when hidden)
            List<Integer> shown = new ArrayList<>();
            shown.add(n(theme.after()));
            shown.add(theme.change().hidden() == null ? theme.change().stats().pairs() : null);
            shown.add(n(row.everyone().get(2)));
            shown.add(row.cohortShown() ? row.cohort().get(2).n() : null);
            System.out.println("[CohortMinusOneAttackTest] " + theme.theme().key() + ": after, pairs, everyone at after, cohort = " + shown
                    + (row.cohortShown() ? "" : " (cohort " + row.cohortHidden().code() + ")"));
            assertNoDifferenceOfFewerThanK(theme.theme().key(), shown);
            assertThat(row.cohortHidden()).as("the 9 of the cohort are the 10 of everyone minus the leaver").isEqualTo(Hidden.PROTECTS_OTHERS);
            assertThat(n(row.everyone().get(2))).as("everyone at the last wave stays (the trend gives way, not the pair)").isEqualTo(10);
            assertThat(n(row.everyone().get(1))).isEqualTo(9);
        }
        for (TrendFigures.Row item : trend.items()) {
            assertThat(item.cohortShown()).as(item.key() + ": a question's cohort is its theme's").isFalse();
        }
    }

    @Test
    void aSmallTeamsCohortCannotBeWorkedOutFromTheProgrammeAndTheLargeTeam() {
        TrendFigures all = read(teams, null).trend();
        TrendFigures large = read(teams, "Trend Large Team").trend();
        TrendFigures small = read(teams, "Trend Small Team").trend();
        for (int t = 0; t < all.themes().size(); t++) {
            TrendFigures.Row a = all.themes().get(t);
            TrendFigures.Row l = large.themes().get(t);
            TrendFigures.Row s = small.themes().get(t);
            System.out.println("[CohortMinusOneAttackTest] " + a.key() + ": cohort all " + a.cohortHidden() + ", large " + l.cohortHidden()
                    + ", small " + s.cohortHidden() + "; middle wave everyone all " + a.everyone().get(1).hidden() + ", large "
                    + l.everyone().get(1).hidden() + ", small " + s.everyone().get(1).hidden());
            assertThat(s.cohortHidden()).as("3 people").isEqualTo(Hidden.TOO_FEW);
            assertThat(a.cohortShown() && l.cohortShown()).as(a.key() + ": LEAK: all teams − large team = the small team's 3").isFalse();
            assertThat(s.everyone().get(1).hidden()).isEqualTo(Hidden.TOO_FEW);
            assertThat(n(a.everyone().get(1)) != null && n(l.everyone().get(1)) != null)
                    .as(a.key() + ": LEAK: everyone at the middle wave, all teams − large team").isFalse();
            // the small team's pair figures are about 6 people and stay; its 3 leavers are not singled out by them either
            assertThat(n(s.everyone().get(2))).isEqualTo(6);
        }
    }

    private void assertNoDifferenceOfFewerThanK(String what, List<Integer> shown) {
        for (Integer x : shown) {
            for (Integer y : shown) {
                if (x != null && y != null) {
                    assertThat(Math.abs(x - y)).as(what + ": LEAK: two shown populations differ by " + Math.abs(x - y) + " people " + shown)
                            .satisfiesAnyOf(d -> assertThat(d).isZero(), d -> assertThat(d).isGreaterThanOrEqualTo(k()));
                }
            }
        }
    }
}
