package org.lantern.reports.privacy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.LanternTest;
import org.lantern.reports.LearningLink;
import org.lantern.reports.Report;
import org.lantern.reports.privacy.Cohort.Person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two figures of one row that are about almost the same people: "before" over everyone who answered
 * before (n people) and the change figures over the pairs (n − 1 people). Before × n − the pairs'
 * before mean × (n − 1) = the one person who did not answer after. The same with the learning link:
 * a team's pairs − its "completed" group − its "not completed" group = the people who answered on
 * paper, and a theme's learning-link group − the "all questions" group = people who skipped one
 * question elsewhere.
 *
 * <p>The old rule checked each figure against the threshold on its own (6 before, 5 pairs: both
 * shown), and leaked the leftover person's every before answer; with the learning link, 17 pairs, 8
 * completed and 8 not completed were all shown, and leaked the one paper answerer's change.
 */
@LanternTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeftoverInsideOneRowAttackTest extends AttackSupport {

    private Cohort rows;
    private Cohort learning;
    private String importer;

    @BeforeAll
    void release() {
        Lab lab = lab();
        importer = lab.evaluator("leftover.importer");
        Random random = new Random(303);

        // one team of 6 of whom 5 answered after; one team of 12 who all did
        rows = lab.programme("attack-leftover-row", List.of("Leftover Ward", "Leftover Community"), 2);
        List<Lab.Row> list = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Person p = rows.person(rows.key + "-ward-" + i, 0);
            list.add(Lab.row(rows, random, p, 0));
            if (i < 5) {
                list.add(Lab.row(rows, random, p, 1));
            }
        }
        for (int i = 0; i < 12; i++) {
            Person p = rows.person(rows.key + "-community-" + i, 1);
            list.add(Lab.row(rows, random, p, 0));
            list.add(Lab.row(rows, random, p, 1));
        }
        lab.importRows(rows, importer, list);
        lab.release(rows, "evaluator", 0, 1);

        // the learning link: a team of 17 pairs, 8 trained and 8 not in Lantern, 1 on paper; and a team of 14 pairs
        // (7 trained, 7 not) of whom one skipped a carers question after (in the hope rows, not in "all questions")
        learning = lab.programme("attack-leftover-learning", List.of("Learning Ward", "Learning Hub"), 2);
        List<Lab.Row> more = new ArrayList<>();
        List<Person> linked = new ArrayList<>();
        List<Instant> completed = new ArrayList<>();
        Instant trained = lab.before(learning, 1);
        for (int t = 0; t < 2; t++) {
            int size = t == 0 ? 17 : 14;
            for (int i = 0; i < size; i++) {
                Person p = learning.person(learning.key + "-" + t + "-" + i, t);
                more.add(Lab.spread(learning, random, p, 0));
                Lab.Row after = Lab.spread(learning, random, p, 1);
                if (t == 1 && i == 0) {
                    after.likert()[learning.likertIndex("carers-2")] = 0;
                }
                more.add(after);
                if (!(t == 0 && i == 16)) {
                    linked.add(p);
                    completed.add(i % 2 == 0 ? trained : null);
                }
            }
        }
        lab.importRows(learning, importer, more);
        lab.link(learning, linked, completed);
        lab.release(learning, "evaluator", 0, 1);
    }

    @Test
    void thePersonWhoAnsweredOnlyBeforeCannotBeWorkedOutFromBeforeMinusThePairs() {
        Report report = reports.report(account("admin"), rows.key, null, null, null);
        assertThat(report.teams()).filteredOn(g -> "Leftover Community".equals(g.team()))
                .singleElement().satisfies(g -> assertThat(g.suppressed()).isFalse());

        assertNothingDerivable(attack(rows, "admin", null));
        assertNothingDerivable(attack(rows, importer, importer));

        // the naive rule: Leftover Ward before (6) − its pairs' before (5) = rows.key-ward-5's answers before
        assertLeaks(naive(rows, NaiveRelease.threshold(k()), null), Intruder.Type.DETERMINED, rows.key + "-ward-5");
    }

    @Test
    void thePaperAnswererCannotBeWorkedOutFromThePairsMinusTheLearningLinkGroups() {
        List<LearningLink> links = new ArrayList<>();
        links.add(reports.report(account("admin"), learning.key, null, null, null).learningLink());
        for (String team : learning.teams) {
            links.add(reports.report(account("admin"), learning.key, null, null, team).learningLink());
        }
        for (LearningLink l : links) {
            System.out.println("learning link: " + l.rows().stream().map(r -> r.label() + " " + (r.hidden() == null ? "shown" : r.hidden()))
                    .toList());
        }
        assertThat(links).as("some of the learning link is shown").anySatisfy(l -> assertThat(l.shown()).isTrue());

        assertNothingDerivable(attack(learning, "admin", null));
        assertNothingDerivable(attack(learning, importer, importer));

        // the naive rule: Learning Ward pairs (17) − completed (8) − not completed (8) = the paper answerer's change
        assertLeaks(naive(learning, NaiveRelease.threshold(k()), null), Intruder.Type.DETERMINED, learning.key + "-0-16");
    }
}
