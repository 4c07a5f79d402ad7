package org.lantern.reports.stats;

import org.junit.jupiter.api.Test;
import org.lantern.reports.KnowledgeAnswers;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reference values: {@code src/test/resources/reports/knowledge_reference.py} (scipy.stats.pointbiserialr; R's cor agrees). */
class ItemDiscriminationTest {

    @Test
    void equalsScipysPointBiserialWithTheRestOfTheScore() {
        for (int wave = 0; wave < 2; wave++) {
            int[][] right = KnowledgeAnswers.rightOrWrong(wave);
            assertThat(right).hasNumberOfRows(wave == 0 ? 23 : 25);
            List<Double> r = ItemDiscrimination.corrected(right, 3);
            double[] expected = wave == 0 ? KnowledgeAnswers.BEFORE : KnowledgeAnswers.AFTER;
            for (int i = 0; i < 3; i++) {
                assertThat(r.get(i)).isCloseTo(expected[i], within(1e-12));
            }
        }
    }

    @Test
    void aQuestionEveryoneGotRightOrARestThatDoesNotVaryHasNoCorrelation() {
        // scipy gives nan for both: question 0 never varies; for question 1 the rest (question 0 + 2) is always 1
        int[][] right = {{1, 0, 0}, {1, 1, 0}, {1, 0, 0}, {1, 1, 0}};
        List<Double> r = ItemDiscrimination.corrected(right, 3);
        assertThat(r.get(0)).isNull();
        assertThat(r.get(1)).isNull();
        assertThat(r.get(2)).isNull();
    }

    @Test
    void needsThreePeopleAndTwoQuestions() {
        assertThat(ItemDiscrimination.corrected(new int[][]{{1, 0}, {0, 1}}, 2)).containsExactly(null, null);
        assertThat(ItemDiscrimination.corrected(new int[][]{{1}, {0}, {1}, {0}}, 1)).containsExactly((Double) null);
    }
}
