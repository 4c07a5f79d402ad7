package org.lantern.reports.privacy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.LanternTest;
import org.lantern.reports.Attrition;
import org.lantern.reports.GroupReport;
import org.lantern.reports.Report;
import org.lantern.reports.ThemeFigures;
import org.lantern.reports.privacy.Cohort.Person;
import org.lantern.reports.privacy.Intruder.Kind;
import org.lantern.reports.privacy.Intruder.Pop;
import org.lantern.reports.stats.Descriptive;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attrition shows two more groups at the before survey: completers (the pairs) and drop-outs (everyone before but
 * the pairs). Drop-outs may be few, and completers + drop-outs = everyone, so a reader can subtract: with two people
 * of a team leaving, "the team before" minus "the team's completers" is those two people's answers, and the
 * programme's drop-outs minus the shown teams' are the hidden team's.
 *
 * <p>The motivated intruder reads every figure of every scope (attrition included) and tries every sum and
 * difference; nothing about fewer than k people, or about people who all answered alike, may come out. The positive
 * control shows the same intruder finding the two drop-outs when their group is shown as a naive rule would.
 */
@LanternTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DropOutAttackTest extends AttackSupport {

    private static final List<String> TEAMS = List.of("Dropout North", "Dropout South", "Dropout West");
    /** Per team: people who answered both surveys, and people who answered before only. */
    private static final int[] STAYED = {10, 9, 8};
    private static final int[] LEFT = {2, 6, 0};

    private Cohort cohort;

    @BeforeAll
    void release() {
        Lab lab = lab();
        cohort = lab.programme("attack-drop-outs", TEAMS, 2);
        Random random = new Random(909);
        List<Lab.Row> rows = new ArrayList<>();
        for (int t = 0; t < TEAMS.size(); t++) {
            for (int i = 0; i < STAYED[t] + LEFT[t]; i++) {
                Person p = cohort.person(cohort.key + "-" + t + "-" + i, t);
                rows.add(Lab.row(cohort, random, p, 0));
                if (i < STAYED[t]) {
                    rows.add(Lab.row(cohort, random, p, 1));
                }
            }
        }
        lab.importRows(cohort, "evaluator", rows);
        lab.release(cohort, "evaluator", 0, 1);
    }

    @Test
    void twoPeopleWhoDroppedOutCannotBeWorkedOutFromAttritionOrAnythingElse() {
        Report report = reports.report(account("admin"), cohort.key, null, null, null);
        List<Attrition> shown = new ArrayList<>();
        for (GroupReport g : report.groups()) {
            for (ThemeFigures t : g.themes()) {
                Attrition a = t.attrition();
                assertThat(a).as("every theme of a new release has attrition").isNotNull();
                if (a.hidden() == null) {
                    shown.add(a);
                    assertThat(a.dropOuts().n()).as(g.label() + " " + t.theme().key() + " drop-outs")
                            .satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(k()));
                    assertThat(a.completers().n()).isEqualTo(t.change().stats().pairs());
                    assertThat(a.completers().n() + a.dropOuts().n()).isEqualTo(t.before().stats().n());
                }
            }
        }
        GroupReport north = report.teams().stream().filter(g -> "Dropout North".equals(g.team())).findFirst().orElseThrow();
        assertThat(north.themes()).allSatisfy(t -> assertThat(t.attrition().hidden()).as("North's two drop-outs").isNotNull());
        assertThat(shown).as("attrition is shown where it is safe (South's six drop-outs, or the programme's)").isNotEmpty();
        System.out.println("[DropOutAttackTest] attrition shown for " + shown.size() + " of "
                + report.groups().stream().mapToInt(g -> g.themes().size()).sum() + " group × theme cells");

        // the attack, as a reader who imported nothing and as the evaluator who imported everything
        assertNothingDerivable(attack(cohort, "admin", null));
        assertNothingDerivable(attack(cohort, "evaluator", "evaluator"));
    }

    @Test
    void theIntruderFindsTheTwoDropOutsWhenTheirGroupIsShownNaively() {
        Intruder intruder = new Intruder(cohort, k());
        int north = TEAMS.indexOf("Dropout North");
        List<Person> left = cohort.people.stream().filter(p -> p.team == north && p.responses[1] == null).toList();
        assertThat(left).hasSize(LEFT[north]);
        int family = 0;
        int[] items = cohort.families.get(family).items();
        double[] scores = left.stream().mapToDouble(p -> java.util.Arrays.stream(items).map(i -> cohort.scored(p.responses[0], i)).sum()
                / (double) items.length).toArray();
        Descriptive d = org.lantern.reports.stats.PairedStatistics.describe(scores);
        intruder.see(new Intruder.WaveFigure(new Pop(0, north, Kind.DROPOUT, family, 0, 0), -1, d.n(), d.mean(), d.sd()),
                "naive: North's drop-outs before");
        Intruder.Verdict verdict = intruder.attack(null);
        System.out.println("[DropOutAttackTest] naive: " + verdict.describe(4));
        assertThat(verdict.modelErrors()).isEmpty();
        assertThat(verdict.findings()).as("a group of two drop-outs shown on its own is a leak").isNotEmpty();
    }
}
