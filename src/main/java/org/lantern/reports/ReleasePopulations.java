package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.surveys.EvaluationData;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.SurveyDefinition.Item;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.lantern.surveys.EvaluationData.MISSING;

/**
 * Who is in which population of a release, in one place for the figures and the audit alike.
 *
 * <p>A theme's figures (and those of its questions) at a wave are about the people who submitted
 * that wave and answered every agree/disagree question of the theme in it; change is about the
 * people for whom that holds at both waves. A "Not applicable" answer has no score, so it leaves the person out
 * of that theme at that wave just as a question left blank does; it is counted on its own ({@code na:} cells). A theme score is the plain mean of the theme's
 * questions, the same weight for everyone, so that no two figures of a group differ by one person's
 * answers. A question with no theme is its own "theme". The learning link's groups are those pairs
 * split by training; its "All questions" row needs every question at both waves. A release
 * includes the submitted responses of its waves that it, or a release before it, first included.
 */
final class ReleasePopulations {

    static final String BEFORE = "before";
    static final String AFTER = "after";

    final EvaluationData data;
    final int n;
    final int teamCount;
    final int likertCount;
    /** Themes with questions, then questions with no theme. */
    final List<Family> families = new ArrayList<>();
    /** Every agree/disagree question: the learning link's "All questions". */
    final Family everything;
    /** Per wave, per participant × likert item: the answer after reverse scoring, or MISSING. */
    final int[][] scored;
    /** Earlier releases first, the new one last. */
    final List<View> views = new ArrayList<>();
    /** Per team: its participants' numbers. */
    final int[][] byTeam;
    /** Per family (by identity: those above), per wave: {@link #complete}, worked out once for every figure and block. */
    private final Map<Family, boolean[][]> completeByFamily = new java.util.IdentityHashMap<>();
    /** Numbers of the views and families, to key {@link #cohorts} (by identity). */
    private final Map<Object, Integer> numbers = new java.util.IdentityHashMap<>();
    /** Per view and family: {@link #inCohort} for everyone. Filled by the figures of several scopes at once (see {@link ReleaseCalculator}). */
    private final Map<Integer, boolean[]> cohorts = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One release, the new one or an earlier one: which waves, which responses (an earlier one: those it
     * or a release before it first included; the new one: all), which training groups.
     */
    record View(int before, int after, long id, byte[] groups, @Nullable Set<String> shown, int trend) {

        boolean fresh() {
            return shown == null;
        }

        boolean touches(int wave) {
            return before == wave || after == wave;
        }

        int other(int wave) {
            return wave == before ? after : before;
        }

        String role(int wave) {
            return wave == before ? BEFORE : AFTER;
        }

        /** Whether the release shows the trend over waves 0 to {@code trend} − 1 and this is one of them. */
        boolean inTrend(int wave) {
            return wave < trend;
        }
    }

    /** A theme (or a question with no theme, or every question): the questions one score is made of. */
    record Family(String id, int[] items, SurveyDefinition.@Nullable Theme theme, boolean learning) {
    }

    ReleasePopulations(EvaluationData data, int before, int after, byte[] trained, List<ReleaseCalculator.Earlier> earlier,
                       int trend) {
        this.data = data;
        this.n = data.participants();
        this.teamCount = data.programme().teams().size();
        this.likertCount = data.likertItems().size();
        List<Item> likert = data.likertItems();
        Set<String> themed = new LinkedHashSet<>();
        for (SurveyDefinition.Theme theme : data.survey().themes()) {
            int[] items = java.util.stream.IntStream.range(0, likertCount).filter(i -> theme.key().equals(likert.get(i).theme())).toArray();
            if (items.length > 0) {
                families.add(new Family("theme:" + theme.key(), items, theme, true));
                for (int i : items) {
                    themed.add(likert.get(i).key());
                }
            }
        }
        for (int i = 0; i < likertCount; i++) {
            if (!themed.contains(likert.get(i).key())) {
                families.add(new Family("item:" + likert.get(i).key(), new int[]{i}, null, false));
            }
        }
        this.everything = new Family("all", java.util.stream.IntStream.range(0, likertCount).toArray(), null, true);
        int flip = data.survey().scale() == null ? 0 : data.survey().scale().min() + data.survey().scale().max();
        this.scored = new int[data.waves().size()][];
        for (int w = 0; w < scored.length; w++) {
            int[] raw = data.waves().get(w).likert();
            int[] s = new int[raw.length];
            for (int j = 0; j < raw.length; j++) {
                s[j] = raw[j] == MISSING || !likert.get(j % likertCount).reverse() ? raw[j] : flip - raw[j];
            }
            scored[w] = s;
        }
        for (ReleaseCalculator.Earlier e : earlier) {
            views.add(new View(e.before(), e.after(), e.id(), e.groups(), e.shown(), ReleaseTrend.waves(e.after())));
        }
        views.add(new View(before, after, Long.MAX_VALUE, trained, null, trend));
        int[] counts = new int[teamCount];
        for (int p = 0; p < n; p++) {
            counts[data.team()[p]]++;
        }
        this.byTeam = new int[teamCount][];
        for (int t = 0; t < teamCount; t++) {
            byTeam[t] = new int[counts[t]];
        }
        int[] fill = new int[teamCount];
        for (int p = 0; p < n; p++) {
            int t = data.team()[p];
            byTeam[t][fill[t]++] = p;
        }
        List<Family> all = new ArrayList<>(families);
        all.add(everything);
        for (Family f : all) {
            boolean[][] byWave = new boolean[scored.length][];
            for (int w = 0; w < byWave.length; w++) {
                byWave[w] = completeAt(w, f);
            }
            completeByFamily.put(f, byWave);
            numbers.put(f, numbers.size());
        }
        for (View v : views) {
            numbers.put(v, numbers.size());
        }
    }

    /** The new release. */
    View fresh() {
        return views.getLast();
    }

    /** Whether the release includes participant {@code p}'s response to the wave. */
    boolean in(View v, int wave, int p) {
        EvaluationData.WaveData w = data.waves().get(wave);
        if (w.response()[p] == 0) {
            return false;
        }
        long first = w.release()[p];
        return v.fresh() || (first != 0 && first <= v.id());
    }

    /** Whether each participant answered every question of the family at the wave. */
    boolean[] complete(int wave, Family f) {
        boolean[][] byWave = completeByFamily.get(f);
        return byWave != null ? byWave[wave] : completeAt(wave, f);
    }

    private boolean[] completeAt(int wave, Family f) {
        boolean[] done = new boolean[n];
        int[] values = scored[wave];
        EvaluationData.WaveData w = data.waves().get(wave);
        for (int p = 0; p < n; p++) {
            boolean all = w.submitted(p);
            for (int i = 0; all && i < f.items.length; i++) {
                all = values[p * likertCount + f.items[i]] != MISSING;
            }
            done[p] = all;
        }
        return done;
    }

    /** Whether participant {@code p} is in the view's trend cohort of the family: every question of it at every trend wave. */
    boolean inCohort(View v, Family f, int p) {
        if (v.trend() == 0) {
            return false;
        }
        Integer view = numbers.get(v);
        Integer family = numbers.get(f);
        if (view == null || family == null) {
            return cohortAt(v, f, p);
        }
        return cohort(view, family, v, f)[p];
    }

    /** {@link #inCohort} for every participant, looked up once for a loop over people. */
    boolean[] cohort(View v, Family f) {
        Integer view = numbers.get(v);
        Integer family = numbers.get(f);
        if (v.trend() == 0 || view == null || family == null) {
            boolean[] cohort = new boolean[n];
            for (int q = 0; q < n; q++) {
                cohort[q] = inCohort(v, f, q);
            }
            return cohort;
        }
        return cohort(view, family, v, f);
    }

    private boolean[] cohort(int view, int family, View v, Family f) {
        return cohorts.computeIfAbsent(view * numbers.size() + family, x -> {
            boolean[] cohort = new boolean[n];
            for (int q = 0; q < n; q++) {
                cohort[q] = cohortAt(v, f, q);
            }
            return cohort;
        });
    }

    private boolean cohortAt(View v, Family f, int p) {
        for (int w = 0; w < v.trend(); w++) {
            if (!in(v, w, p) || !complete(w, f)[p]) {
                return false;
            }
        }
        return true;
    }

    /** The sum of a participant's (scored) answers to the family's questions at a wave; the score is this over their number. */
    int sum(int wave, Family f, int p) {
        int s = 0;
        for (int i : f.items) {
            s += scored[wave][p * likertCount + i];
        }
        return s;
    }

    /** One of the family's questions, scored. */
    int answer(int wave, Family f, int item, int p) {
        return scored[wave][p * likertCount + f.items[item]];
    }

    /** Whether participant {@code p} answered "Not applicable" to likert item {@code item} at the wave (then it has no score). */
    boolean notApplicable(int wave, int p, int item) {
        return data.waves().get(wave).notApplicable().get(p * likertCount + item);
    }

    /** Who entered the participant's response to a wave (an importing account, or a name when it is gone), or -1. */
    int knownBy(int wave, int p) {
        return importer(data.waves().get(wave).imported()[p]);
    }

    /** Who entered the responses of an import (index into the data's imports; -1 for none): an account, a name, or -1. */
    int importer(int batch) {
        if (batch < 0) {
            return -1;
        }
        EvaluationData.ImportBatch imp = data.imports().get(batch);
        return imp.importedById() != null ? (int) (imp.importedById() % Integer.MAX_VALUE)
                : 1_000_000_000 + Math.floorMod(imp.importedBy().hashCode(), 1_000_000_000);
    }

    /** The band of a question's change shown in "how answers moved": -2 or less, -1, 0, +1, +2 or more. */
    static int band(double change) {
        return change <= -2 ? 0 : change <= -1 ? 1 : change < 1 ? 2 : change < 2 ? 3 : 4;
    }

    /** The families the learning link has rows for: "All questions", then each theme. */
    List<Family> learningFamilies() {
        List<Family> list = new ArrayList<>();
        if (likertCount > 0) {
            list.add(everything);
        }
        families.stream().filter(Family::learning).forEach(list::add);
        return list;
    }

    /** How a scope is named in cell ids: "all" or "team:&lt;id&gt;". */
    String scope(int s) {
        return s == 0 ? "all" : "team:" + data.programme().teams().get(s - 1).id();
    }

    /** The participants of a scope (0 = all teams, t + 1 = team t). */
    int[] people(int s) {
        if (s > 0) {
            return byTeam[s - 1];
        }
        int[] all = new int[n];
        for (int p = 0; p < n; p++) {
            all[p] = p;
        }
        return all;
    }
}
