package org.lantern.reports.privacy;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.reports.ChoiceFigures;
import org.lantern.reports.GroupReport;
import org.lantern.reports.Hidden;
import org.lantern.reports.ItemFigures;
import org.lantern.reports.Report;
import org.lantern.reports.privacy.Cohort.Person;
import org.lantern.surveys.SurveyDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Group disclosure: a group of at least k people in which everyone gave the same answer. Its mean is
 * everyone's answer (and its SD of 0, or "100% correct", says so). Hidden when shown directly, and it
 * must not come back by subtraction: all teams − the other teams, or a team's before figures − its
 * pairs' (the people who answered only before, all alike).
 *
 * <p>The old rule hid only figures about fewer than k people: a team of 7 who all agreed (4) with
 * hope-1 showed "mean 4.0, SD 0"; 6 people who all got a knowledge question right showed "100%"; and
 * 5 people who answered only before, all with 5 to hope-2, were before (10) − pairs (5): a sum of 25
 * over 5 people on a scale that ends at 5.
 */
@LanternTest
class EveryoneGaveTheSameAnswerAttackTest extends AttackSupport {

    @Test
    void aGroupThatAnsweredAlikeIsHiddenAndCannotBeWorkedOutBySubtraction() {
        Lab lab = lab();
        Cohort c = lab.programme("attack-same-answer", List.of("Same Big", "Same Hope", "Same Knowledge", "Same Leftover"), 2);
        String importer = lab.evaluator("same.importer");
        Random random = new Random(707);
        int hope1 = c.likertIndex("hope-1");
        int hope2 = c.likertIndex("hope-2");
        int goalsK1 = -1;
        for (int x = 0; x < c.choice.size(); x++) {
            if (c.choice.get(x).key().equals("goals-k1")) {
                goalsK1 = x;
            }
        }
        SurveyDefinition.Item knowledge = c.choice.get(goalsK1);
        List<Lab.Row> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Person p = c.person(c.key + "-big-" + i, 0);
            rows.add(Lab.spread(c, random, p, 0));
            rows.add(Lab.spread(c, random, p, 1));
        }
        for (int i = 0; i < 7; i++) {
            Person p = c.person(c.key + "-hope-" + i, 1);
            Lab.Row before = Lab.spread(c, random, p, 0);
            before.likert()[hope1] = 4;
            rows.add(before);
            rows.add(Lab.spread(c, random, p, 1));
        }
        for (int i = 0; i < 6; i++) {
            Person p = c.person(c.key + "-knowledge-" + i, 2);
            rows.add(Lab.spread(c, random, p, 0));
            Lab.Row after = Lab.spread(c, random, p, 1);
            after.choice()[goalsK1] = knowledge.options().indexOf(knowledge.answer());
            rows.add(after);
        }
        for (int i = 0; i < 10; i++) {
            Person p = c.person(c.key + "-leftover-" + i, 3);
            Lab.Row before = Lab.spread(c, random, p, 0);
            if (i >= 5) {
                before.likert()[hope2] = 5; // the five who answer only before all gave 5 (sum 25 of 5: everyone at the top)
            }
            rows.add(before);
            if (i < 5) {
                rows.add(Lab.spread(c, random, p, 1));
            }
        }
        lab.importRows(c, importer, rows);
        lab.release(c, "evaluator", 0, 1);

        Report report = reports.report(account("admin"), c.key, null, null, null);
        ItemFigures hope = item(team(report, "Same Hope"), "hope-1");
        assertThat(hope.before().hidden()).isEqualTo(Hidden.EVERYONE_ALIKE);
        ChoiceFigures.Correct right = team(report, "Same Knowledge").choices().stream()
                .filter(x -> x.item().key().equals("goals-k1")).findFirst().orElseThrow().after();
        assertThat(right.hidden()).isEqualTo(Hidden.EVERYONE_ALIKE);
        assertThat(report.overall().suppressed()).isFalse();

        assertNothingDerivable(attack(c, "admin", null));
        assertNothingDerivable(attack(c, importer, importer));

        // the naive rule: Same Hope's hope-1 before shows everyone's 4, Same Knowledge's goals-k1 100%, and before −
        // pairs in Same Leftover shows the five before-only people's 5
        Intruder.Verdict naive = naive(c, NaiveRelease.threshold(k()), null);
        assertLeaks(naive, Intruder.Type.ALIKE, c.key + "-hope-0");
        assertLeaks(naive, Intruder.Type.ALIKE, c.key + "-knowledge-0");
        assertLeaks(naive, Intruder.Type.ALIKE, c.key + "-leftover-9");
    }

    private static GroupReport team(Report report, String name) {
        return report.teams().stream().filter(g -> name.equals(g.team())).findFirst().orElseThrow();
    }

    private static ItemFigures item(GroupReport g, String key) {
        return g.items().stream().filter(i -> i.item().key().equals(key)).findFirst().orElseThrow();
    }
}
