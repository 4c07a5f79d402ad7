package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.ReleasePopulations.View;
import org.lantern.reports.stats.ItemDiscrimination;
import org.lantern.surveys.EvaluationData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.lantern.reports.ReleasePopulations.AFTER;
import static org.lantern.reports.ReleasePopulations.BEFORE;

/**
 * The knowledge questions' discrimination in a new release, for all teams together only (never per team:
 * a team is too small for a correlation to say anything without saying something about someone).
 * Disclosure control on top of the release's audit ({@link ReleaseAudit}):
 * <ul>
 *   <li>a question's discrimination at a wave is hidden whenever its share correct for all teams is, for
 *       the same reason (it is a figure about the same answers);</li>
 *   <li>it is worked out only from {@link Discrimination#MINIMUM_PEOPLE} people (or the minimum group size,
 *       if larger) who answered every knowledge question of the wave;</li>
 *   <li>against an earlier release that showed it for the same wave, it is hidden when the people it is
 *       worked out from differ by 1 to k − 1, so that two releases cannot be subtracted to single out the
 *       people in between (the earlier release keeps its figure), as for every other figure.</li>
 * </ul>
 */
final class KnowledgeDiscriminations {

    private static final String CELL = "discrimination:";

    private final ReleasePopulations pop;
    private final EvaluationData data;
    private final Map<String, Hidden> hidden;
    private final int minimum;
    private final int k;
    private final List<String> shown = new ArrayList<>();

    KnowledgeDiscriminations(ReleasePopulations pop, Map<String, Hidden> hidden, int minGroupSize) {
        this.pop = pop;
        this.data = pop.data;
        this.hidden = hidden;
        this.k = minGroupSize;
        this.minimum = Math.max(Discrimination.MINIMUM_PEOPLE, minGroupSize);
    }

    /** The all-teams figures with each knowledge question's discrimination at both waves added. */
    GroupReport attach(GroupReport all) {
        int items = data.choiceItems().size();
        if (items < 2) {
            return all;
        }
        View fresh = pop.fresh();
        List<Discrimination> before = wave(fresh.before(), BEFORE);
        List<Discrimination> after = wave(fresh.after(), AFTER);
        List<ChoiceFigures> choices = new ArrayList<>();
        for (int c = 0; c < items; c++) {
            ChoiceFigures figures = all.choices().get(c);
            choices.add(new ChoiceFigures(figures.item(), figures.before().with(before.get(c)), figures.after().with(after.get(c))));
        }
        return new GroupReport(all.team(), all.response(), all.themes(), all.items(), List.copyOf(choices));
    }

    /** The cell ids of the discriminations shown, stored with the release so that later releases are checked against them. */
    List<String> shownCells() {
        return List.copyOf(shown);
    }

    private List<Discrimination> wave(int w, String kind) {
        boolean[] everyQuestion = answeredEvery(w);
        int[] rightOption = data.choiceItems().stream().mapToInt(i -> i.options().indexOf(i.answer())).toArray();
        List<int[]> rows = new ArrayList<>();
        for (int p = 0; p < pop.n; p++) {
            if (everyQuestion[p] && pop.in(pop.fresh(), w, p)) {
                rows.add(rightOrWrong(w, p, rightOption));
            }
        }
        int items = data.choiceItems().size();
        List<@Nullable Double> r = ItemDiscrimination.corrected(rows.toArray(int[][]::new), items);
        List<Discrimination> result = new ArrayList<>();
        for (int c = 0; c < items; c++) {
            String id = CELL + data.choiceItems().get(c).key() + "|" + kind + "|all";
            Hidden why = hidden.get("choice:" + data.choiceItems().get(c).key() + "|" + kind + "|all");
            if (why == null && rows.size() < minimum) {
                why = Hidden.TOO_FEW;
            }
            if (why == null && changedForFew(w, c, everyQuestion)) {
                why = Hidden.SINCE_EARLIER_RELEASE;
            }
            if (why == null) {
                shown.add(id);
            }
            result.add(new Discrimination(rows.size(), why == null ? r.get(c) : null, why, minimum));
        }
        return result;
    }

    /** Whether an earlier release showed this discrimination over 1 to k − 1 people fewer (or more) than now. */
    private boolean changedForFew(int w, int c, boolean[] everyQuestion) {
        for (View earlier : pop.views) {
            if (earlier.fresh() || !earlier.touches(w)
                    || !earlier.shown().contains(CELL + data.choiceItems().get(c).key() + "|" + earlier.role(w) + "|all")) {
                continue;
            }
            int differ = 0;
            for (int p = 0; p < pop.n; p++) {
                // responses never change once released, so the earlier people are a subset of today's
                differ += everyQuestion[p] && pop.in(pop.fresh(), w, p) != pop.in(earlier, w, p) ? 1 : 0;
            }
            if (differ > 0 && differ < k) {
                return true;
            }
        }
        return false;
    }

    private boolean[] answeredEvery(int w) {
        int[] chosen = data.waves().get(w).choice();
        int items = data.choiceItems().size();
        boolean[] every = new boolean[pop.n];
        for (int p = 0; p < pop.n; p++) {
            boolean all = data.waves().get(w).submitted(p);
            for (int c = 0; all && c < items; c++) {
                all = chosen[p * items + c] >= 0;
            }
            every[p] = all;
        }
        return every;
    }

    /** @param rightOption per knowledge question, the position of its right answer among its options */
    private int[] rightOrWrong(int w, int p, int[] rightOption) {
        int[] chosen = data.waves().get(w).choice();
        int items = rightOption.length;
        int[] right = new int[items];
        for (int c = 0; c < items; c++) {
            right[c] = chosen[p * items + c] == rightOption[c] ? 1 : 0;
        }
        return right;
    }
}
