package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.ReleasePopulations.Family;
import org.lantern.reports.ReleasePopulations.View;
import org.lantern.reports.stats.PairedComparison;
import org.lantern.reports.stats.PairedStatistics;
import org.lantern.reports.stats.ScaleReliability;
import org.lantern.surveys.EvaluationData;
import org.lantern.surveys.SurveyDefinition.Item;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.lantern.reports.ReleaseAudit.DONE;
import static org.lantern.reports.ReleaseAudit.MATCHED;
import static org.lantern.reports.ReleaseAudit.NOT_DONE;
import static org.lantern.reports.ReleaseAudit.PAIRS;
import static org.lantern.reports.ReleasePopulations.AFTER;
import static org.lantern.reports.ReleasePopulations.BEFORE;

/**
 * The figures of the new release, scope by scope (0 = all teams, t + 1 = team t), exactly the paired
 * statistics of each shown cell's people (see {@link ReleasePopulations}); a hidden cell gives its
 * reason instead. What people wrote is {@link ReleaseComments}.
 */
final class ReleaseFigures {
    private final ReleasePopulations pop;
    private final EvaluationData data;
    private final View view;
    private final int b;
    private final int a;
    private final int k;
    private final Map<String, Hidden> hidden;
    private final @Nullable Hidden[] invitedHidden;

    ReleaseFigures(ReleasePopulations pop, Map<String, Hidden> hidden, int minGroupSize) {
        this.pop = pop;
        this.data = pop.data;
        this.view = pop.fresh();
        this.b = view.before();
        this.a = view.after();
        this.k = minGroupSize;
        this.hidden = hidden;
        this.invitedHidden = invitedHidden();
    }

    private @Nullable Hidden why(String family, String kind, int s) {
        return hidden.get(family + "|" + kind + "|" + pop.scope(s));
    }


    GroupReport group(int s) {
        int[] people = pop.people(s);
        List<ThemeFigures> themes = new ArrayList<>();
        Map<String, ItemFigures> items = new LinkedHashMap<>();
        for (Family f : pop.families) {
            WaveFigures before = wave(f, b, people, s, BEFORE, -1);
            WaveFigures after = wave(f, a, people, s, AFTER, -1);
            ChangeFigures change = change(f, people, s, -1);
            if (f.theme() != null) {
                themes.add(new ThemeFigures(f.theme(), f.items().length, before, after, change,
                        AttritionFigures.of(pop, view, f, people, before.hidden(), change.hidden())));
            }
            for (int i = 0; i < f.items().length; i++) {
                Item item = data.likertItems().get(f.items()[i]);
                items.put(item.key(), new ItemFigures(item, wave(f, b, people, s, BEFORE, i).inTheme(before.reliability(), i),
                        wave(f, a, people, s, AFTER, i).inTheme(after.reliability(), i), change(f, people, s, i),
                        item.notApplicable() ? new ItemFigures.NotApplicable(notApplicable(f.items()[i], b, people, s, BEFORE),
                                notApplicable(f.items()[i], a, people, s, AFTER)) : null));
            }
        }
        List<ItemFigures> ordered = ReleaseAdjustment.items(data.likertItems().stream().map(i -> items.get(i.key())).toList());
        List<ChoiceFigures> choices = new ArrayList<>();
        for (int c = 0; c < data.choiceItems().size(); c++) {
            choices.add(new ChoiceFigures(data.choiceItems().get(c), correct(c, b, people, s, BEFORE),
                    correct(c, a, people, s, AFTER)));
        }
        return new GroupReport(s == 0 ? null : data.programme().teams().get(s - 1).name(), response(people, s),
                ReleaseAdjustment.themes(themes), ordered, List.copyOf(choices));
    }

    /** A theme's scores (item < 0) or one of its questions' at a wave. */
    private WaveFigures wave(Family f, int w, int[] people, int s, String kind, int item) {
        Hidden why = why(f.id(), kind, s);
        if (why != null) {
            return new WaveFigures(null, why);
        }
        boolean[] done = pop.complete(w, f);
        double[] values = new double[people.length];
        boolean scale = item < 0 && f.theme() != null;
        // per question, per person: the theme's answers for its reliability
        double[][] answers = new double[scale ? f.items().length : 0][people.length];
        int count = 0;
        for (int p : people) {
            if (pop.in(view, w, p) && done[p]) {
                for (int i = 0; i < answers.length; i++) {
                    answers[i][count] = pop.answer(w, f, i, p);
                }
                values[count++] = item < 0 ? (double) pop.sum(w, f, p) / f.items().length : pop.answer(w, f, item, p);
            }
        }
        // reliability is about the same people as the scores, so the same disclosure decision covers it
        return new WaveFigures(PairedStatistics.describe(values, count), null,
                scale ? ScaleReliability.ofColumns(answers, count, f.items().length) : null, null);
    }

    /** How many of the scope's people in the release answered "Not applicable" to likert item {@code item} at the wave. */
    private Count notApplicable(int item, int w, int[] people, int s, String kind) {
        int count = 0;
        for (int p : people) {
            count += pop.in(view, w, p) && pop.notApplicable(w, p, item) ? 1 : 0;
        }
        return Count.of(count, why("na:" + data.likertItems().get(item).key(), kind, s));
    }

    private ChangeFigures change(Family f, int[] people, int s, int item) {
        Hidden why = why(f.id(), PAIRS, s);
        if (why != null) {
            return new ChangeFigures(null, null, why);
        }
        double[][] pairs = pairs(f, people, item, p -> true);
        PairedComparison stats = PairedStatistics.compare(pairs[0], pairs[1], pairs[2], pairs[0].length);
        return new ChangeFigures(stats, item >= 0 ? shares(pairs[2]) : null, null);
    }

    /** Before, after and change of the pairs in {@code people} who pass {@code filter}. */
    private double[][] pairs(Family f, int[] people, int item, java.util.function.IntPredicate filter) {
        boolean[] first = pop.complete(b, f);
        boolean[] second = pop.complete(a, f);
        double[] before = new double[people.length];
        double[] after = new double[people.length];
        double[] change = new double[people.length];
        int count = 0;
        for (int p : people) {
            if (pop.in(view, b, p) && pop.in(view, a, p) && first[p] && second[p] && filter.test(p)) {
                if (item < 0) {
                    int sb = pop.sum(b, f, p);
                    int sa = pop.sum(a, f, p);
                    before[count] = (double) sb / f.items().length;
                    after[count] = (double) sa / f.items().length;
                    // from exact integer sums, so that equal changes are equal doubles
                    change[count] = (double) (sa - sb) / f.items().length;
                } else {
                    int sb = pop.answer(b, f, item, p);
                    int sa = pop.answer(a, f, item, p);
                    before[count] = sb;
                    after[count] = sa;
                    change[count] = sa - sb;
                }
                count++;
            }
        }
        return new double[][]{Arrays.copyOf(before, count), Arrays.copyOf(after, count), Arrays.copyOf(change, count)};
    }

    private ChangeShares shares(double[] differences) {
        int[] bins = new int[5];
        for (double d : differences) {
            bins[ReleasePopulations.band(d)]++;
        }
        double total = differences.length;
        if (total == 0) {
            return new ChangeShares(0, 0, 0, 0, 0);
        }
        return new ChangeShares(100 * bins[0] / total, 100 * bins[1] / total, 100 * bins[2] / total, 100 * bins[3] / total,
                100 * bins[4] / total);
    }

    private ChoiceFigures.Correct correct(int c, int w, int[] people, int s, String kind) {
        Hidden why = why("choice:" + data.choiceItems().get(c).key(), kind, s);
        if (why != null) {
            return new ChoiceFigures.Correct(null, null, why);
        }
        Item item = data.choiceItems().get(c);
        int right = item.options().indexOf(item.answer());
        int[] chosen = data.waves().get(w).choice();
        int items = data.choiceItems().size();
        int answered = 0;
        int correct = 0;
        for (int p : people) {
            int option = chosen[p * items + c];
            if (option >= 0 && pop.in(view, w, p)) {
                answered++;
                correct += option == right ? 1 : 0;
            }
        }
        return new ChoiceFigures.Correct(answered, answered == 0 ? null : 100.0 * correct / answered, null);
    }

    /**
     * Why each scope's invited count is hidden (index 0 all teams), or null. A team's count is hidden
     * when it is 1 to k − 1; then more teams are hidden, smallest first, until the hidden ones
     * together hold none or at least k, so that the total minus the shown teams tells nothing (for a
     * team answering on paper, invited is how many took part). If that cannot be done, the total goes.
     */
    private @Nullable Hidden[] invitedHidden() {
        int[] invited = data.invited();
        Hidden[] why = new Hidden[invited.length + 1];
        int hiddenSum = 0;
        for (int t = 0; t < invited.length; t++) {
            if (invited[t] > 0 && invited[t] < k) {
                why[t + 1] = Hidden.TOO_FEW;
                hiddenSum += invited[t];
            }
        }
        while (hiddenSum > 0 && hiddenSum < k) {
            int next = -1;
            for (int t = 0; t < invited.length; t++) {
                if (why[t + 1] == null && invited[t] > 0 && (next < 0 || invited[t] < invited[next])) {
                    next = t;
                }
            }
            if (next < 0) {
                why[0] = Hidden.PROTECTS_OTHERS;
                break;
            }
            why[next + 1] = Hidden.PROTECTS_OTHERS;
            hiddenSum += invited[next];
        }
        int total = Arrays.stream(invited).sum();
        if (why[0] == null && total > 0 && total < k) {
            why[0] = Hidden.TOO_FEW;
        }
        return why;
    }

    private ResponseFigures response(int[] people, int s) {
        int invited = s == 0 ? Arrays.stream(data.invited()).sum() : data.invited()[s - 1];
        int before = 0;
        int after = 0;
        int both = 0;
        for (int p : people) {
            boolean x = pop.in(view, b, p);
            boolean y = pop.in(view, a, p);
            before += x ? 1 : 0;
            after += y ? 1 : 0;
            both += x && y ? 1 : 0;
        }
        Count inv = Count.of(invited, invitedHidden[s]);
        Count rb = Count.of(before, why("responses", BEFORE, s));
        Count ra = Count.of(after, why("responses", AFTER, s));
        Count m = Count.of(both, why("responses", MATCHED, s));
        return new ResponseFigures(inv, rb, ra, m, rate(rb, inv), rate(ra, inv));
    }

    private Rate rate(Count responded, Count invited) {
        if (responded.hidden() != null || invited.hidden() != null) {
            return new Rate(null, responded.hidden() != null ? responded.hidden() : invited.hidden());
        }
        return new Rate(invited.value() == 0 ? null : 100.0 * responded.value() / invited.value(), null);
    }

    LearningLink learning(int s) {
        int[] people = pop.people(s);
        List<LearningLink.Row> rows = new ArrayList<>();
        Count completed = null;
        Count notCompleted = null;
        for (Family f : pop.learningFamilies()) {
            Hidden whyDone = why(f.id(), DONE, s);
            Hidden whyNot = why(f.id(), NOT_DONE, s);
            double[][] done = pairs(f, people, -1, p -> view.groups()[p] == 2);
            double[][] not = pairs(f, people, -1, p -> view.groups()[p] == 1);
            if (f == pop.everything) {
                completed = Count.of(done[0].length, whyDone);
                notCompleted = Count.of(not[0].length, whyNot);
            }
            String label = f == pop.everything ? "All questions" : f.theme().title();
            Hidden why = whyDone != null ? whyDone : whyNot;
            if (why == null && (done[0].length == 0 || not[0].length == 0)) {
                // nothing to compare with: an empty side hides nothing, but there is no comparison either
                rows.add(new LearningLink.Row(label, null, null, null, null, null));
                continue;
            }
            if (why != null) {
                rows.add(new LearningLink.Row(label, null, null, null, null, why));
                continue;
            }
            PairedComparison x = PairedStatistics.compare(done[0], done[1], done[2], done[0].length);
            PairedComparison y = PairedStatistics.compare(not[0], not[1], not[2], not[0].length);
            rows.add(new LearningLink.Row(label, x, y, x.meanChange() - y.meanChange(),
                    PairedStatistics.welchP(done[2], done[2].length, not[2], not[2].length), null));
        }
        if (completed == null) {
            completed = Count.of(0, null);
            notCompleted = Count.of(0, null);
        }
        return new LearningLink(completed, notCompleted, List.copyOf(rows));
    }
}
