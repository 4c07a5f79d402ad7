package org.lantern.reports.privacy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.LanternTest;
import org.lantern.reports.Hidden;
import org.lantern.reports.Report;
import org.lantern.reports.ThemeFigures;
import org.lantern.reports.ThenTestFigures;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.SurveyDefinition;

import java.io.StringReader;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The then-test adds a population: the pairs who also answered the looking-back questions. Its before and after
 * scores are shown beside the pairs', so when it is the pairs minus one person the motivated intruder subtracts
 * n × mean of one from the other and reads that person's before and after scores (and, with the SDs, more). Ten people
 * answer both surveys and nine of them the then-test: the then-test figures must be hidden while the pairs' stay. The
 * positive control: when all ten answer it, it is the pairs' own population and is shown. Without the then-test cells
 * in the audit the nine would be shown next to the ten.
 */
@LanternTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThenTestMinusOneAttackTest extends AttackSupport {

    private static final String SURVEY = "recovery-knowledge-then-test";

    @BeforeAll
    void releaseBothProgrammes() {
        programme("attack-then-minus-one", "Then Minus One Team", 9);
        programme("attack-then-everyone", "Then Everyone Team", 10);
    }

    /** Ten people answer before and after with spread; the first {@code thenTest} of them also answer the then-test. */
    private void programme(String key, String team, int thenTest) {
        programmes.createProgramme(account("evaluator"), new NewProgramme(key, "Privacy attack " + key, SURVEY, List.of(team), List.of(
                new NewProgramme.NewWave("before", Lab.START, Lab.START.plusDays(20)),
                new NewProgramme.NewWave("after", Lab.START.plusDays(150), Lab.START.plusDays(170)))));
        SurveyDefinition survey = programmes.survey(SURVEY).orElseThrow();
        StringBuilder csv = new StringBuilder(String.join(",", survey.importColumns())).append('\n');
        Random random = new Random(key.hashCode());
        for (int p = 0; p < 10; p++) {
            for (String wave : List.of("before", "after")) {
                csv.append(key).append('-').append(p).append(',').append(team).append(',').append(wave);
                for (SurveyDefinition.Item item : survey.items()) {
                    csv.append(',').append(item.type() == SurveyDefinition.ItemType.LIKERT ? String.valueOf(1 + random.nextInt(5)) : "");
                }
                for (SurveyDefinition.Item ignored : survey.thenTestItems()) {
                    csv.append(',').append(wave.equals("after") && p < thenTest ? String.valueOf(1 + random.nextInt(5)) : "");
                }
                csv.append('\n');
            }
        }
        assertThat(responseImport.importCsv(account("evaluator"), key, new StringReader(csv.toString()), false, n -> { }).rejected())
                .isEmpty();
        releases.release(account("evaluator"), key, "before", "after", Set.of(), null);
    }

    private Report read(String key) {
        return reports.report(account("evaluator"), key, "before", "after", null);
    }

    @Test
    void theThenTestGroupIsNotThePairsMinusOnePerson() {
        Report report = read("attack-then-minus-one");
        ThenTestFigures thenTest = report.thenTest();
        assertThat(thenTest).as("the survey asks then-test questions").isNotNull();
        assertThat(thenTest.themes()).extracting(ThenTestFigures.Row::key).containsExactly("hope", "goals");
        for (ThenTestFigures.Row row : thenTest.themes()) {
            ThemeFigures theme = report.overall().themes().stream().filter(t -> t.theme().key().equals(row.key())).findFirst().orElseThrow();
            System.out.println("[ThenTestMinusOneAttackTest] " + row.key() + ": pairs " + (theme.change().stats() == null ? null
                    : theme.change().stats().pairs()) + ", then-test " + row.people() + " (" + row.hidden() + ")");
            assertThat(theme.change().hidden()).as("the pairs' figures stay").isNull();
            assertThat(theme.change().stats().pairs()).isEqualTo(10);
            assertThat(row.hidden()).as(row.key() + ": LEAK: the 9 of the then-test are the 10 pairs minus one")
                    .isEqualTo(Hidden.PROTECTS_OTHERS);
            assertThat(row.thenVsAfter()).isNull();
            assertThat(row.beforeVsAfter()).isNull();
            assertThat(row.responseShift()).isNull();
        }
        assertThat(thenTest.items()).allSatisfy(item -> assertThat(item.suppressed()).as(item.key() + ": hidden with its theme").isTrue());
    }

    @Test
    void whenEveryPairAnsweredTheThenTestItIsShownAndItsBeforeAndAfterAreThePairs() {
        Report report = read("attack-then-everyone");
        ThenTestFigures thenTest = report.thenTest();
        assertThat(thenTest).isNotNull();
        for (ThenTestFigures.Row row : thenTest.themes()) {
            ThemeFigures theme = report.overall().themes().stream().filter(t -> t.theme().key().equals(row.key())).findFirst().orElseThrow();
            assertThat(row.hidden()).as(row.key()).isNull();
            assertThat(row.people()).isEqualTo(10);
            // every question of the theme has a then-test version, so before → after is the pairs' own change
            assertThat(row.beforeVsAfter().meanChange()).isEqualTo(theme.change().stats().meanChange());
            assertThat(row.beforeVsAfter().tP()).isEqualTo(theme.change().stats().tP());
            assertThat(row.thenVsAfter().pairs()).isEqualTo(10);
            assertThat(row.thenVsAfter().afterMean()).isEqualTo(theme.change().stats().afterMean());
        }
        assertThat(thenTest.items()).hasSize(8);
    }
}
