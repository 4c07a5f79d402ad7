package org.lantern.reports.privacy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.LanternTest;
import org.lantern.reports.GroupReport;
import org.lantern.reports.Report;
import org.lantern.reports.ThemeFigures;
import org.lantern.reports.UnlinkedFigures;
import org.lantern.reports.privacy.Cohort.Person;
import org.lantern.reports.privacy.Intruder.Kind;
import org.lantern.reports.privacy.Intruder.Pop;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.PairedStatistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unlinked responses (paper forms without a participant code) add two populations per theme and wave: everyone before
 * and everyone after, unlinked responses included. "Everyone after with unlinked" minus "everyone after" is the
 * unlinked group; minus "the pairs" it is the unlinked group and the one-wave people; the programme's minus the shown
 * teams' is a hidden team's. Here one team has a single unlinked response after (next to a team with six and one with
 * none), so each of those subtractions would give one person's answers.
 *
 * <p>The motivated intruder reads every figure of every scope (the independent-samples comparison included, as two
 * more populations) and tries every sum and difference; nothing about fewer than k people may come out. The positive
 * control shows the same intruder finding the single unlinked response when its team's comparison is shown naively.
 */
@LanternTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnlinkedResponseAttackTest extends AttackSupport {

    private static final List<String> TEAMS = List.of("Unlinked North", "Unlinked South", "Unlinked West");
    /** Per team: people who answered both surveys with their code. */
    private static final int[] PAIRED = {9, 8, 10};
    /** Per team: unlinked responses before and after. */
    private static final int[] UNLINKED_BEFORE = {0, 5, 0};
    private static final int[] UNLINKED_AFTER = {1, 6, 0};

    private Cohort cohort;

    @BeforeAll
    void release() {
        Lab lab = lab();
        cohort = lab.programme("attack-unlinked", TEAMS, 2);
        Random random = new Random(3030);
        List<Lab.Row> rows = new ArrayList<>();
        for (int t = 0; t < TEAMS.size(); t++) {
            for (int i = 0; i < PAIRED[t]; i++) {
                Person p = cohort.person(cohort.key + "-" + t + "-" + i, t);
                rows.add(Lab.row(cohort, random, p, 0));
                rows.add(Lab.row(cohort, random, p, 1));
            }
            for (int wave = 0; wave < 2; wave++) {
                for (int i = 0; i < (wave == 0 ? UNLINKED_BEFORE : UNLINKED_AFTER)[t]; i++) {
                    Person p = cohort.person("unlinked-" + t + "-" + wave + "-" + i, t);
                    p.unlinked = true;
                    rows.add(Lab.row(cohort, random, p, wave));
                }
            }
        }
        lab.importRows(cohort, "evaluator", rows);
        lab.release(cohort, "evaluator", 0, 1);
    }

    @Test
    void oneUnlinkedResponseCannotBeWorkedOutFromTheComparisonOrAnythingElse() {
        Report report = reports.report(account("admin"), cohort.key, null, null, null);
        UnlinkedFigures all = report.unlinked();
        assertThat(all).as("a release whose waves hold unlinked responses has the comparison").isNotNull();
        // the paired figures never include unlinked responses
        for (ThemeFigures t : report.overall().themes()) {
            if (t.change().stats() != null) {
                assertThat(t.change().stats().pairs()).isLessThanOrEqualTo(Arrays.stream(PAIRED).sum());
            }
            if (t.after().stats() != null) {
                assertThat(t.after().stats().n()).as("everyone after, without unlinked").isEqualTo(Arrays.stream(PAIRED).sum());
            }
        }
        Report north = reports.report(account("admin"), cohort.key, null, null, "Unlinked North");
        assertThat(north.unlinked()).isNotNull();
        GroupReport northGroup = north.overall();
        for (UnlinkedFigures.Row row : north.unlinked().themes()) {
            ThemeFigures t = northGroup.themes().stream().filter(x -> x.theme().key().equals(row.key())).findFirst().orElseThrow();
            boolean afterShown = t.after().hidden() == null;
            assertThat(row.comparison() == null || !afterShown)
                    .as("North's everyone-after with its one unlinked response beside North's everyone-after: " + row.key())
                    .isTrue();
        }
        long shown = all.themes().stream().filter(r -> r.comparison() != null).count();
        System.out.println("[UnlinkedResponseAttackTest] programme comparison shown for " + shown + " of " + all.themes().size() + " themes");
        assertThat(shown).as("the programme's comparison is shown where it is safe").isPositive();

        assertNothingDerivable(attack(cohort, "admin", null));
        assertNothingDerivable(attack(cohort, "evaluator", "evaluator"));
    }

    @Test
    void theIntruderFindsTheUnlinkedResponseWhenItsTeamsComparisonIsShownNaively() {
        Intruder intruder = new Intruder(cohort, k());
        int north = TEAMS.indexOf("Unlinked North");
        int family = 0;
        int[] items = cohort.families.get(family).items();
        List<Person> after = cohort.people.stream().filter(p -> p.team == north && p.responses[1] != null).toList();
        assertThat(after.stream().filter(p -> p.unlinked)).hasSize(1);
        for (boolean withUnlinked : new boolean[]{false, true}) {
            double[] scores = after.stream().filter(p -> withUnlinked || !p.unlinked)
                    .mapToDouble(p -> Arrays.stream(items).map(i -> cohort.scored(p.responses[1], i)).sum() / (double) items.length)
                    .toArray();
            Descriptive d = PairedStatistics.describe(scores);
            intruder.see(new Intruder.WaveFigure(new Pop(0, north, withUnlinked ? Kind.UNLINKED_ALL : Kind.WAVE, family, 1, 0), -1,
                    d.n(), d.mean(), d.sd()), "naive: North after" + (withUnlinked ? " with unlinked" : ""));
        }
        Intruder.Verdict verdict = intruder.attack(null);
        System.out.println("[UnlinkedResponseAttackTest] naive: " + verdict.describe(4));
        assertThat(verdict.modelErrors()).isEmpty();
        assertThat(verdict.findings()).as("North after with and without its one unlinked response is a leak")
                .anySatisfy(f -> assertThat(f.people()).contains("unlinked-0-1-0"));
    }
}
