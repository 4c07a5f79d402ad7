package org.lantern.reports.privacy;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.reports.GroupReport;
import org.lantern.reports.Report;
import org.lantern.reports.privacy.Cohort.Person;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Padding: an evaluator who wants one person's answers imports a few invented paper responses into
 * that person's small team, lifting it over the threshold, releases, and subtracts the rows they
 * invented (they know every one of their answers) from the team's figures. What is left is the real
 * person. The rule: answers a reader imported themselves do not count towards k for that reader.
 *
 * <p>The old rule counted every response towards k, whoever entered it: a team of 1 real person and 4
 * invented ones showed its figures (n = 5), and the evaluator had the real person's every answer; with 3
 * real and 2 invented, the sum of the three.
 */
@LanternTest
class PaddingAttackTest extends AttackSupport {

    @Test
    void inventedRowsDoNotLiftASmallTeamOverTheThresholdForTheirImporter() {
        Lab lab = lab();
        Cohort c = lab.programme("attack-padding", List.of("Padding Big", "Padding Lone", "Padding Three"), 2);
        String honest = lab.evaluator("padding.honest");
        String padder = lab.evaluator("padding.padder");
        Random random = new Random(606);
        // the real answers, imported by an honest colleague: 12, 1 and 3 people
        List<Lab.Row> real = new ArrayList<>();
        int[] realSizes = {12, 1, 3};
        for (int t = 0; t < 3; t++) {
            for (int i = 0; i < realSizes[t]; i++) {
                Person p = c.person(c.key + "-real-" + t + "-" + i, t);
                real.add(Lab.spread(c, random, p, 0));
                real.add(Lab.spread(c, random, p, 1));
            }
        }
        lab.importRows(c, honest, real);
        // the padding: 4 invented people in the lone person's team, 2 in the team of three
        List<Lab.Row> invented = new ArrayList<>();
        int[] fakeSizes = {0, 4, 2};
        for (int t = 0; t < 3; t++) {
            for (int i = 0; i < fakeSizes[t]; i++) {
                Person p = c.person(c.key + "-invented-" + t + "-" + i, t);
                invented.add(Lab.spread(c, random, p, 0));
                invented.add(Lab.spread(c, random, p, 1));
            }
        }
        lab.importRows(c, padder, invented);
        lab.release(c, padder, 0, 1);

        Report report = reports.report(account(padder), c.key, null, null, null);
        GroupReport lone = report.teams().stream().filter(g -> "Padding Lone".equals(g.team())).findFirst().orElseThrow();
        GroupReport three = report.teams().stream().filter(g -> "Padding Three".equals(g.team())).findFirst().orElseThrow();
        System.out.println("[" + getClass().getSimpleName() + "] Padding Lone: " + lone.themes().getFirst().change()
                + "\n  Padding Three: " + three.themes().getFirst().change());
        assertThat(lone.themes()).as("five responses, but only one the padder did not invent")
                .allSatisfy(t -> assertThat(t.suppressed()).isTrue());
        assertThat(three.themes()).allSatisfy(t -> assertThat(t.suppressed()).isTrue());
        assertThat(report.overall().suppressed()).isFalse();

        assertNothingDerivable(attack(c, padder, padder));
        assertNothingDerivable(attack(c, honest, honest));
        assertNothingDerivable(attack(c, "admin", null));

        // the naive rule: the lone team shows n = 5, the padder subtracts their 4 invented rows
        assertLeaks(naive(c, NaiveRelease.threshold(k()), padder), Intruder.Type.DETERMINED, c.key + "-real-1-0");
    }
}
