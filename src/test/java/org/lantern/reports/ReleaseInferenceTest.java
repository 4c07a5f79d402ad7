package org.lantern.reports;

import org.junit.jupiter.api.Test;
import org.lantern.reports.ReleaseCalculatorTest.Data;
import org.lantern.reports.stats.Multiplicity;
import org.lantern.reports.stats.Reliability;
import org.lantern.reports.stats.ScaleReliability;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.reports.ReleaseCalculatorTest.item;
import static org.lantern.reports.ReleaseCalculatorTest.theme;

/**
 * The figures of issue 19 in a release: reliability per theme and wave from the wave's own people and hidden
 * with them, and p-values adjusted within each group over the tests it shows.
 */
class ReleaseInferenceTest {

    private static final int[][] BEFORE = {{2, 1, 3}, {3, 2, 2}, {1, 4, 3}, {4, 2, 5}, {2, 3, 1}, {5, 1, 4}, {3, 3, 2}};
    private static final int[][] AFTER = {{4, 2, 4}, {3, 1, 3}, {2, 2, 3}, {5, 2, 4}, {3, 2, 2}, {5, 1, 5}, {4, 4, 2}};

    private static GroupReport all(int[][] before, int[][] after) {
        Data data = new Data("North");
        for (int p = 0; p < before.length; p++) {
            data.person(0, before[p], after[p]);
        }
        return data.calculate().groups().getFirst();
    }

    @Test
    void aThemesReliabilityIsThatOfThePeopleBehindItsScoresAfterReverseScoring() {
        GroupReport all = all(BEFORE, AFTER);
        double[][] hopeBefore = new double[7][];
        for (int p = 0; p < 7; p++) {
            hopeBefore[p] = new double[]{BEFORE[p][0], 6 - BEFORE[p][1]};
        }
        Reliability expected = ScaleReliability.of(hopeBefore, 7, 2);
        ThemeFigures hope = theme(all, "hope");
        assertThat(hope.before().reliability()).isEqualTo(expected);
        assertThat(expected.cronbachAlpha()).isNotNull();
        assertThat(item(all, "hope-1").before().inTheme()).isEqualTo(expected.items().get(0));
        assertThat(item(all, "hope-2").before().inTheme()).isEqualTo(expected.items().get(1));
        assertThat(theme(all, "risk").before().reliability().undefined()).isEqualTo(Reliability.Undefined.ONE_QUESTION);
        assertThat(theme(all, "risk").before().reliability().cronbachAlpha()).isNull();
    }

    @Test
    void reliabilityIsHiddenWheneverTheWavesScoresAre() {
        Data data = new Data("North", "South", "East")
                .people(0, 8, new int[]{2, 2, 3}, new int[]{4, 2, 4})
                .people(1, 3, new int[]{3, 3, 2}, new int[]{4, 1, 3})
                .people(2, 6, new int[]{1, 4, 2}, new int[]{3, 3, 4});
        List<GroupReport> groups = data.calculate().groups();
        boolean sawHidden = false;
        for (GroupReport g : groups) {
            for (ThemeFigures t : g.themes()) {
                for (WaveFigures w : List.of(t.before(), t.after())) {
                    if (w.hidden() != null) {
                        sawHidden = true;
                        assertThat(w.reliability()).as(g.label() + " " + t.theme().key()).isNull();
                    } else {
                        assertThat(w.reliability()).as(g.label() + " " + t.theme().key()).isNotNull();
                    }
                }
            }
            for (ItemFigures i : g.items()) {
                if (i.before().hidden() != null) {
                    assertThat(i.before().inTheme()).isNull();
                }
            }
        }
        assertThat(sawHidden).as("the team of three is hidden").isTrue();
    }

    @Test
    void themesAreAdjustedByHolmAndQuestionsByBenjaminiHochberg() {
        GroupReport all = all(BEFORE, AFTER);
        List<ThemeFigures> themes = all.themes();
        Double[] t = themes.stream().map(x -> x.change().stats().tP()).toArray(Double[]::new);
        Double[] w = themes.stream().map(x -> x.change().stats().wilcoxonP()).toArray(Double[]::new);
        for (int i = 0; i < themes.size(); i++) {
            assertThat(themes.get(i).change().adjustedTP()).isEqualTo(Multiplicity.holm(t)[i]);
            assertThat(themes.get(i).change().adjustedWilcoxonP()).isEqualTo(Multiplicity.holm(w)[i]);
        }
        List<ItemFigures> items = all.items();
        Double[] it = items.stream().map(x -> x.change().stats().tP()).toArray(Double[]::new);
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).change().adjustedTP()).isEqualTo(Multiplicity.benjaminiHochberg(it)[i]);
        }
        assertThat(themes.getFirst().change().adjustedTP()).as("two themes: Holm doubles the smaller p")
                .isGreaterThan(themes.getFirst().change().stats().tP());
    }

    @Test
    void aHiddenChangeIsNotPartOfTheFamily() {
        // everyone's risk answer goes from 2 to 3: the same change for all, so risk's change is hidden
        int[][] before = new int[7][];
        int[][] after = new int[7][];
        for (int p = 0; p < 7; p++) {
            before[p] = new int[]{BEFORE[p][0], BEFORE[p][1], 2};
            after[p] = new int[]{AFTER[p][0], AFTER[p][1], 3};
        }
        GroupReport all = all(before, after);
        ThemeFigures risk = theme(all, "risk");
        ThemeFigures hope = theme(all, "hope");
        assertThat(risk.change().hidden()).isNotNull();
        assertThat(risk.change().adjustedTP()).isNull();
        assertThat(hope.change().adjustedTP()).as("a family of one").isEqualTo(hope.change().stats().tP());
        assertThat(hope.change().adjustedWilcoxonP()).isEqualTo(hope.change().stats().wilcoxonP());
    }
}
