package org.lantern.reports;

import org.junit.jupiter.api.Test;
import org.lantern.reports.stats.Friedman;
import org.lantern.reports.stats.Multiplicity;
import org.lantern.reports.stats.PairedComparison;
import org.lantern.reports.stats.PairedStatistics;
import org.lantern.surveys.EvaluationData;
import org.lantern.surveys.Programme;
import org.lantern.surveys.SurveyDefinition.Item;
import org.lantern.surveys.SurveyDefinition.ItemType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.reports.ReleaseCalculatorTest.M;
import static org.lantern.reports.ReleaseCalculatorTest.START;
import static org.lantern.reports.ReleaseCalculatorTest.SURVEY;

/**
 * The trend over three waves on hand-made answers: the cohort's figures are exactly the statistics of the people who
 * answered every wave (Friedman, paired comparisons with the baseline, Holm within the row), everyone per wave is its
 * own population, and the disclosure rules hide a cohort that differs from another shown population by fewer than
 * five people (the motivated intruder's "everyone minus the cohort").
 */
class ReleaseTrendTest {

    /** People's raw answers to hope-1, hope-2 (reverse scored) and risk-1 at three waves; null for a wave not answered. */
    private final List<int[][]> people = new ArrayList<>();

    private ReleaseTrendTest person(int[] first, int[] second, int[] third) {
        people.add(new int[][]{first, second, third});
        return this;
    }

    /** {@code count} people answering every wave, varied so that nobody's group answers alike, rising over the waves. */
    private ReleaseTrendTest cohort(int count, int seed) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            int[][] waves = new int[3][];
            for (int w = 0; w < 3; w++) {
                waves[w] = answers(random, 2 + w * 0.6);
            }
            person(waves[0], waves[1], waves[2]);
        }
        return this;
    }

    /**
     * Five people who answered the first and last waves only, with answers and changes that differ from person to person
     * (five people whose changes all fell in one band would be hidden by the group rule, rightly).
     */
    private void leavers() {
        person(new int[]{1, 5, 1}, null, new int[]{3, 3, 2});
        person(new int[]{2, 4, 2}, null, new int[]{2, 2, 5});
        person(new int[]{3, 3, 3}, null, new int[]{5, 4, 1});
        person(new int[]{4, 2, 4}, null, new int[]{1, 3, 4});
        person(new int[]{5, 1, 5}, null, new int[]{4, 1, 2});
    }

    private static int[] answers(Random random, double level) {
        int[] a = new int[3];
        for (int i = 0; i < 3; i++) {
            int score = (int) Math.max(1, Math.min(5, Math.round(level + random.nextGaussian())));
            a[i] = i == 1 ? 6 - score : score;
        }
        return a;
    }

    private EvaluationData build(int waveCount) {
        int n = people.size();
        Programme.TeamRef team = new Programme.TeamRef(100, "North");
        List<Programme.Wave> waves = new ArrayList<>();
        for (int w = 0; w < waveCount; w++) {
            waves.add(new Programme.Wave(w + 1, List.of("before", "middle", "after").get(w), w + 1, START.plusDays(80L * w),
                    START.plusDays(80L * w + 20)));
        }
        Programme programme = new Programme(7, "test", "Test", "test", List.of(team), waves, null);
        List<Item> likert = SURVEY.items().stream().filter(i -> i.type() == ItemType.LIKERT).toList();
        List<Item> choices = SURVEY.items().stream().filter(i -> i.type() == ItemType.CHOICE).toList();
        List<Item> texts = SURVEY.items().stream().filter(i -> i.type() == ItemType.TEXT).toList();
        long[] ids = new long[n];
        List<EvaluationData.WaveData> data = new ArrayList<>();
        long responseId = 1;
        for (int p = 0; p < n; p++) {
            ids[p] = 1000 + p;
        }
        for (int w = 0; w < waveCount; w++) {
            long[] response = new long[n];
            int[] imported = new int[n];
            Arrays.fill(imported, -1);
            int[] l = new int[n * 3];
            Arrays.fill(l, M);
            int[] c = new int[n];
            Arrays.fill(c, -1);
            for (int p = 0; p < n; p++) {
                int[] answers = people.get(p)[w];
                if (answers != null) {
                    response[p] = responseId++;
                    System.arraycopy(answers, 0, l, p * 3, 3);
                }
            }
            data.add(new EvaluationData.WaveData(waves.get(w), response, new long[n], imported, l, c, List.of()));
        }
        return new EvaluationData(programme, SURVEY, likert, choices, texts, ids, new int[n], data, new int[]{n}, List.of());
    }

    private TrendFigures trend() {
        EvaluationData data = build(3);
        ReleaseCalculator.Result result = new ReleaseCalculator(data, 0, 2, new byte[people.size()], List.of(), 5, Set.of(),
                new Random(1), 3).calculate();
        return result.trend().getFirst();
    }

    private static TrendFigures.Row theme(TrendFigures trend, String key) {
        return trend.themes().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    /** A theme score of a person at a wave: the mean of hope-1 and hope-2 turned round. */
    private double hope(int p, int w) {
        int[] a = people.get(p)[w];
        return (a[0] + (6 - a[1])) / 2.0;
    }

    @Test
    void theCohortsFiguresAreThoseOfThePeopleWhoAnsweredEveryWave() {
        cohort(9, 1);
        // answered the first and last waves only: in everyone's figures and the pair's, never in the cohort's
        leavers();
        TrendFigures trend = trend();
        assertThat(trend.waves()).containsExactly("before", "middle", "after");
        TrendFigures.Row hope = theme(trend, "hope");
        assertThat(hope.cohortShown()).isTrue();

        double[][] scores = new double[9][3];
        for (int p = 0; p < 9; p++) {
            for (int w = 0; w < 3; w++) {
                scores[p][w] = hope(p, w);
            }
        }
        for (int w = 0; w < 3; w++) {
            int wave = w;
            assertThat(hope.cohort().get(w)).isEqualTo(PairedStatistics.describe(Arrays.stream(scores).mapToDouble(s -> s[wave]).toArray()));
        }
        assertThat(hope.friedman()).isEqualTo(Friedman.test(scores, 9));
        assertThat(hope.friedman().n()).isEqualTo(9);
        List<PairedComparison> expected = new ArrayList<>();
        for (int w = 1; w < 3; w++) {
            int wave = w;
            double[] first = Arrays.stream(scores).mapToDouble(s -> s[0]).toArray();
            double[] later = Arrays.stream(scores).mapToDouble(s -> s[wave]).toArray();
            double[] change = new double[9];
            for (int p = 0; p < 9; p++) {
                change[p] = later[p] - first[p];
            }
            expected.add(PairedStatistics.compare(first, later, change, 9));
        }
        assertThat(hope.vsBaseline()).extracting(TrendFigures.Change::stats).containsExactlyElementsOf(expected);
        Double[] holm = Multiplicity.holm(new Double[]{expected.get(0).tP(), expected.get(1).tP()});
        assertThat(hope.vsBaseline()).extracting(TrendFigures.Change::holmTP).containsExactly(holm);
        assertThat(hope.vsBaseline()).extracting(TrendFigures.Change::wave).containsExactly("middle", "after");

        // everyone per wave: 14 at the first and last, the 9 of the cohort in the middle
        assertThat(hope.everyone()).extracting(f -> f.stats().n()).containsExactly(14, 9, 14);
        // and a question of the theme follows the same people
        TrendFigures.Row hope1 = trend.items().stream().filter(r -> r.key().equals("hope-1")).findFirst().orElseThrow();
        assertThat(hope1.theme()).isEqualTo("hope");
        assertThat(hope1.cohort().getFirst().n()).isEqualTo(9);
        assertThat(hope1.cohort().getFirst().mean()).isEqualTo(people.subList(0, 9).stream().mapToDouble(p -> p[0][0]).average().orElseThrow());
    }

    @Test
    void aCohortThatIsEveryoneMinusOnePersonIsHidden() {
        cohort(9, 2);
        // the one person who missed the middle wave: everyone at "after" − the cohort at "after" would be their answers
        person(new int[]{2, 4, 1}, null, new int[]{5, 1, 5});
        TrendFigures trend = trend();
        for (TrendFigures.Row row : trend.themes()) {
            assertThat(row.cohortShown()).as(row.key()).isFalse();
            assertThat(row.cohortHidden()).as(row.key()).isEqualTo(Hidden.PROTECTS_OTHERS);
            assertThat(row.cohort()).isEmpty();
            assertThat(row.friedman()).isNull();
            assertThat(row.vsBaseline()).isEmpty();
            // the supplement goes, the pair's own figures and everyone per wave stay
            assertThat(row.everyone()).allSatisfy(w -> assertThat(w.hidden()).isNull());
        }
        ReleaseCalculator.Result result = new ReleaseCalculator(build(3), 0, 2, new byte[10], List.of(), 5, Set.of(), new Random(1), 3)
                .calculate();
        assertThat(result.groups().getFirst().themes()).allSatisfy(t -> assertThat(t.suppressed()).isFalse());
    }

    @Test
    void aCohortThatDiffersFromEveryoneByFiveOrMoreIsShown() {
        cohort(9, 3);
        leavers();
        assertThat(trend().themes()).allSatisfy(r -> assertThat(r.cohortShown()).as(r.key()).isTrue());
    }

    @Test
    void aSmallCohortIsHidden() {
        cohort(4, 4);
        for (int i = 0; i < 6; i++) {
            person(new int[]{1 + i % 4, 2 + i % 3, 1 + (i * 2) % 5}, new int[]{2 + i % 3, 1 + i % 4, 3}, null);
        }
        assertThat(trend().themes()).allSatisfy(r -> assertThat(r.cohortHidden()).as(r.key()).isEqualTo(Hidden.TOO_FEW));
    }

    @Test
    void twoWavesHaveNoTrend() {
        cohort(8, 5);
        ReleaseCalculator.Result result = new ReleaseCalculator(build(2), 0, 1, new byte[8], List.of(), 5, Set.of(), new Random(1))
                .calculate();
        assertThat(result.trend()).containsOnlyNulls();
    }
}
