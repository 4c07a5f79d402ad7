package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.PairedComparison;
import org.lantern.reports.stats.PairedStatistics;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.SurveyDefinition.Item;
import org.lantern.surveys.SurveyDefinition.ItemType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.lantern.reports.ReportData.MISSING;

/**
 * Turns fetched answers into report figures: reverse scoring, theme scores, matching, statistics and
 * the small-group rules. Every breakdown is computed for all teams first, so a team's figures (and
 * what is hidden) are the same whoever looks and whichever team filter is chosen.
 */
final class ReportCalculator {

    private final SurveyDefinition survey;
    private final ReportData data;
    private final Suppression rule;
    private final Random random;
    private final List<Item> likert;
    private final List<Item> choice;
    private final List<Item> text;
    private final List<SurveyDefinition.Theme> themes;
    private final int[][] themeItems;
    private final String[] names;
    private final int teamCount;
    private final String beforeKey;
    private final String afterKey;

    ReportCalculator(SurveyDefinition survey, String beforeKey, String afterKey, ReportData data, int minGroupSize,
                     Random random) {
        this.survey = survey;
        this.beforeKey = beforeKey;
        this.afterKey = afterKey;
        this.data = data;
        this.rule = new Suppression(minGroupSize);
        this.random = random;
        this.likert = itemsOf(survey, ItemType.LIKERT);
        this.choice = itemsOf(survey, ItemType.CHOICE);
        this.text = itemsOf(survey, ItemType.TEXT);
        this.names = data.teamNames().toArray(String[]::new);
        this.teamCount = names.length;
        List<SurveyDefinition.Theme> withItems = new ArrayList<>();
        List<int[]> indexes = new ArrayList<>();
        for (SurveyDefinition.Theme theme : survey.themes()) {
            int[] members = java.util.stream.IntStream.range(0, likert.size())
                    .filter(i -> theme.key().equals(likert.get(i).theme())).toArray();
            if (members.length > 0) {
                withItems.add(theme);
                indexes.add(members);
            }
        }
        this.themes = List.copyOf(withItems);
        this.themeItems = indexes.toArray(int[][]::new);
    }

    /** The likert items in survey order: the order of the answer arrays in {@link ReportData}. */
    static List<Item> itemsOf(SurveyDefinition survey, ItemType type) {
        return survey.items().stream().filter(i -> i.type() == type).toList();
    }

    /** Results: the whole programme (or one team) and every team, side by side. */
    record Result(GroupReport overall, List<GroupReport> teams, LearningLink learningLink, List<Comments> comments) {
    }

    /**
     * Computes the report.
     *
     * @param scope a team index to limit the report to, or -1 for the whole programme
     */
    Result calculate(int scope) {
        int n = likert.size();
        int[] order = byTeam();
        int[] scoredBefore = scored(data.before());
        int[] scoredAfter = scored(data.after());
        Buffers buffers = new Buffers(data.participants());

        List<List<ThemeFigures>> themeFigures = emptyLists();
        for (int k = 0; k < themes.size(); k++) {
            buffers.clear();
            for (int p : order) {
                int sb = 0, cb = 0, sa = 0, ca = 0;
                for (int i : themeItems[k]) {
                    int b = scoredBefore[p * n + i];
                    int a = scoredAfter[p * n + i];
                    if (b != MISSING) {
                        sb += b;
                        cb++;
                    }
                    if (a != MISSING) {
                        sa += a;
                        ca++;
                    }
                }
                // the change from exact integer sums, so that equal changes are equal doubles
                buffers.add(data.team()[p], cb > 0, (double) sb / Math.max(1, cb), ca > 0, (double) sa / Math.max(1, ca),
                        cb > 0 && ca > 0 ? (double) ((long) sa * cb - (long) sb * ca) / ((long) ca * cb) : 0);
            }
            Figures f = figures(buffers, false);
            for (int g = 0; g <= teamCount; g++) {
                themeFigures.get(g).add(new ThemeFigures(themes.get(k), themeItems[k].length, f.before[g], f.after[g], f.change[g]));
            }
        }
        List<List<ItemFigures>> itemFigures = emptyLists();
        for (int i = 0; i < n; i++) {
            buffers.clear();
            for (int p : order) {
                int b = scoredBefore[p * n + i];
                int a = scoredAfter[p * n + i];
                buffers.add(data.team()[p], b != MISSING, b, a != MISSING, a, (double) a - b);
            }
            Figures f = figures(buffers, true);
            for (int g = 0; g <= teamCount; g++) {
                itemFigures.get(g).add(new ItemFigures(likert.get(i), f.before[g], f.after[g], f.change[g]));
            }
        }
        ResponseFigures[] response = responses();
        List<List<ChoiceFigures>> choiceFigures = choices();

        List<GroupReport> all = new ArrayList<>();
        for (int g = 0; g <= teamCount; g++) {
            all.add(new GroupReport(g == 0 ? null : names[g - 1], response[g], themeFigures.get(g), itemFigures.get(g),
                    choiceFigures.get(g)));
        }
        GroupReport overall = scope < 0 ? all.getFirst() : all.get(scope + 1);
        List<GroupReport> teams = scope < 0 ? all.subList(1, all.size()) : List.of(all.get(scope + 1));
        return new Result(overall, List.copyOf(teams), learningLink(scope, scoredBefore, scoredAfter), comments(scope));
    }

    // --- gathering scores ---------------------------------------------------------------------------------

    /** Participants ordered by team, so that each team's scores are one stretch of the buffers. */
    private int[] byTeam() {
        int[] start = new int[teamCount + 1];
        for (int p = 0; p < data.participants(); p++) {
            start[data.team()[p] + 1]++;
        }
        for (int t = 0; t < teamCount; t++) {
            start[t + 1] += start[t];
        }
        int[] order = new int[data.participants()];
        for (int p = 0; p < data.participants(); p++) {
            order[start[data.team()[p]]++] = p;
        }
        return order;
    }

    /** Answers after reverse scoring. */
    private int[] scored(int[] raw) {
        int n = likert.size();
        if (n == 0) {
            return raw;
        }
        int flip = survey.scale().min() + survey.scale().max();
        int[] scored = new int[raw.length];
        for (int j = 0; j < raw.length; j++) {
            int v = raw[j];
            scored[j] = v == MISSING || !likert.get(j % n).reverse() ? v : flip - v;
        }
        return scored;
    }

    /**
     * One question's or theme's scores: everyone before, everyone after, and the matched pairs with
     * their changes, each filled team by team so that team {@code t} is {@code [start[t], start[t+1])}.
     */
    private final class Buffers {
        final double[] before;
        final double[] after;
        final double[] pairBefore;
        final double[] pairAfter;
        final double[] change;
        final int[] beforeStart = new int[teamCount + 1];
        final int[] afterStart = new int[teamCount + 1];
        final int[] pairStart = new int[teamCount + 1];
        int nb;
        int na;
        int np;
        int team;

        Buffers(int capacity) {
            before = new double[capacity];
            after = new double[capacity];
            pairBefore = new double[capacity];
            pairAfter = new double[capacity];
            change = new double[capacity];
        }

        void clear() {
            nb = 0;
            na = 0;
            np = 0;
            team = 0;
            java.util.Arrays.fill(beforeStart, 0);
            java.util.Arrays.fill(afterStart, 0);
            java.util.Arrays.fill(pairStart, 0);
        }

        /** Adds the next participant (in team order). */
        void add(int participantTeam, boolean hasBefore, double b, boolean hasAfter, double a, double difference) {
            while (team < participantTeam) {
                team++;
                beforeStart[team] = nb;
                afterStart[team] = na;
                pairStart[team] = np;
            }
            if (hasBefore) {
                before[nb++] = b;
            }
            if (hasAfter) {
                after[na++] = a;
            }
            if (hasBefore && hasAfter) {
                pairBefore[np] = b;
                pairAfter[np] = a;
                change[np++] = difference;
            }
        }

        /** Closes the last team's stretch. */
        void finish() {
            while (team < teamCount) {
                team++;
                beforeStart[team] = nb;
                afterStart[team] = na;
                pairStart[team] = np;
            }
        }
    }

    // --- figures with the small-group rules -----------------------------------------------------------

    private record Figures(WaveFigures[] before, WaveFigures[] after, ChangeFigures[] change) {
    }

    /** Figures for everyone (index 0) and each team (1..), hiding by the rules per breakdown. */
    private Figures figures(Buffers b, boolean shares) {
        b.finish();
        Hidden[] beforeHidden = hidden(b.beforeStart);
        Hidden[] afterHidden = hidden(b.afterStart);
        Hidden[] changeHidden = hidden(b.pairStart);
        WaveFigures[] before = new WaveFigures[teamCount + 1];
        WaveFigures[] after = new WaveFigures[teamCount + 1];
        ChangeFigures[] change = new ChangeFigures[teamCount + 1];
        for (int g = 0; g <= teamCount; g++) {
            before[g] = beforeHidden[g] != null ? new WaveFigures(null, beforeHidden[g])
                    : new WaveFigures(PairedStatistics.describe(range(b.before, b.beforeStart, g), length(b.beforeStart, g)), null);
            after[g] = afterHidden[g] != null ? new WaveFigures(null, afterHidden[g])
                    : new WaveFigures(PairedStatistics.describe(range(b.after, b.afterStart, g), length(b.afterStart, g)), null);
            if (changeHidden[g] != null) {
                change[g] = new ChangeFigures(null, null, changeHidden[g]);
            } else {
                int pairs = length(b.pairStart, g);
                double[] differences = range(b.change, b.pairStart, g);
                PairedComparison stats = PairedStatistics.compare(range(b.pairBefore, b.pairStart, g),
                        range(b.pairAfter, b.pairStart, g), differences, pairs);
                change[g] = new ChangeFigures(stats, shares ? shares(differences, pairs) : null, null);
            }
        }
        return new Figures(before, after, change);
    }

    /** Group 0 is everyone: the whole buffer from its start; a team is a copy of its stretch. */
    private double[] range(double[] values, int[] start, int group) {
        return group == 0 ? values : Arrays.copyOfRange(values, start[group - 1], start[group]);
    }

    private int length(int[] start, int group) {
        return group == 0 ? start[teamCount] : start[group] - start[group - 1];
    }

    /** Index 0 (everyone) on its own; the teams as one breakdown. */
    private @Nullable Hidden[] hidden(int[] start) {
        int[] people = new int[teamCount];
        for (int t = 0; t < teamCount; t++) {
            people[t] = start[t + 1] - start[t];
        }
        Hidden[] teams = rule.breakdown(people, names);
        Hidden[] result = new Hidden[teamCount + 1];
        result[0] = rule.single(start[teamCount]);
        System.arraycopy(teams, 0, result, 1, teamCount);
        return result;
    }

    private static ChangeShares shares(double[] differences, int n) {
        int[] bins = new int[5];
        for (int i = 0; i < n; i++) {
            double d = differences[i];
            bins[d <= -2 ? 0 : d <= -1 ? 1 : d < 1 ? 2 : d < 2 ? 3 : 4]++;
        }
        double total = n;
        return new ChangeShares(100 * bins[0] / total, 100 * bins[1] / total, 100 * bins[2] / total, 100 * bins[3] / total,
                100 * bins[4] / total);
    }

    private ResponseFigures[] responses() {
        ReportData.TeamCounts[] counts = data.counts();
        int[][] columns = new int[4][teamCount];
        for (int t = 0; t < teamCount; t++) {
            columns[0][t] = counts[t].invited();
            columns[1][t] = counts[t].respondedBefore();
            columns[2][t] = counts[t].respondedAfter();
            columns[3][t] = counts[t].matched();
        }
        Hidden[][] hidden = new Hidden[4][];
        int[] totals = new int[4];
        for (int c = 0; c < 4; c++) {
            hidden[c] = rule.breakdown(columns[c], names);
            totals[c] = Arrays.stream(columns[c]).sum();
        }
        ResponseFigures[] result = new ResponseFigures[teamCount + 1];
        for (int g = 0; g <= teamCount; g++) {
            int[] value = new int[4];
            Hidden[] why = new Hidden[4];
            for (int c = 0; c < 4; c++) {
                value[c] = g == 0 ? totals[c] : columns[c][g - 1];
                why[c] = g == 0 ? rule.single(totals[c]) : hidden[c][g - 1];
            }
            result[g] = new ResponseFigures(Count.of(value[0], why[0]), Count.of(value[1], why[1]), Count.of(value[2], why[2]),
                    Count.of(value[3], why[3]), rate(value[1], why[1], value[0], why[0]), rate(value[2], why[2], value[0], why[0]));
        }
        return result;
    }

    private static Rate rate(int responded, @Nullable Hidden respondedHidden, int invited, @Nullable Hidden invitedHidden) {
        if (respondedHidden != null || invitedHidden != null) {
            return new Rate(null, respondedHidden != null ? respondedHidden : invitedHidden);
        }
        return new Rate(invited == 0 ? null : 100.0 * responded / invited, null);
    }

    private List<List<ChoiceFigures>> choices() {
        List<List<ChoiceFigures>> result = emptyLists();
        for (Item item : choice) {
            int[][] answered = new int[2][teamCount];
            int[][] correct = new int[2][teamCount];
            data.choices().forEach((key, count) -> {
                if (key.itemKey().equals(item.key())) {
                    int w = key.after() ? 1 : 0;
                    answered[w][key.team()] += count;
                    if (key.option().equals(item.answer())) {
                        correct[w][key.team()] += count;
                    }
                }
            });
            ChoiceFigures.Correct[][] figures = new ChoiceFigures.Correct[2][];
            for (int w = 0; w < 2; w++) {
                Hidden[] hidden = rule.breakdown(answered[w], names);
                int total = Arrays.stream(answered[w]).sum();
                int totalCorrect = Arrays.stream(correct[w]).sum();
                figures[w] = new ChoiceFigures.Correct[teamCount + 1];
                figures[w][0] = correct(total, totalCorrect, rule.single(total));
                for (int t = 0; t < teamCount; t++) {
                    figures[w][t + 1] = correct(answered[w][t], correct[w][t], hidden[t]);
                }
            }
            for (int g = 0; g <= teamCount; g++) {
                result.get(g).add(new ChoiceFigures(item, figures[0][g], figures[1][g]));
            }
        }
        return result;
    }

    private static ChoiceFigures.Correct correct(int answered, int correct, @Nullable Hidden hidden) {
        return hidden != null ? new ChoiceFigures.Correct(null, null, hidden)
                : new ChoiceFigures.Correct(answered, answered == 0 ? null : 100.0 * correct / answered, null);
    }

    // --- learning link ------------------------------------------------------------------------------------

    private LearningLink learningLink(int scope, int[] scoredBefore, int[] scoredAfter) {
        int n = likert.size();
        List<String> labels = new ArrayList<>();
        labels.add("All questions");
        themes.forEach(t -> labels.add(t.title()));
        int[][] members = new int[labels.size()][];
        members[0] = java.util.stream.IntStream.range(0, n).toArray();
        System.arraycopy(themeItems, 0, members, 1, themeItems.length);
        // per row and group (0 = completed, 1 = not): scores and exact changes of matched people
        Values[][][] rows = new Values[labels.size()][2][3];
        for (Values[][] row : rows) {
            for (Values[] group : row) {
                for (int v = 0; v < 3; v++) {
                    group[v] = new Values();
                }
            }
        }
        int[] people = new int[2];
        for (int p = 0; p < data.participants(); p++) {
            if (!data.linked()[p] || (scope >= 0 && data.team()[p] != scope)) {
                continue;
            }
            int group = data.completed()[p] ? 0 : 1;
            for (int r = 0; r < rows.length; r++) {
                long sb = 0, cb = 0, sa = 0, ca = 0;
                for (int i : members[r]) {
                    int b = scoredBefore[p * n + i];
                    int a = scoredAfter[p * n + i];
                    if (b != MISSING) {
                        sb += b;
                        cb++;
                    }
                    if (a != MISSING) {
                        sa += a;
                        ca++;
                    }
                }
                if (cb > 0 && ca > 0) {
                    Values[] s = rows[r][group];
                    s[0].add((double) sb / cb);
                    s[1].add((double) sa / ca);
                    s[2].add((double) (sa * cb - sb * ca) / (ca * cb));
                    if (r == 0) {
                        people[group]++;
                    }
                }
            }
        }
        List<LearningLink.Row> result = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            Values[] done = rows[r][0];
            Values[] notDone = rows[r][1];
            Hidden hidden = rule.single(Math.min(done[2].size, notDone[2].size));
            if (hidden != null) {
                result.add(new LearningLink.Row(labels.get(r), null, null, null, null, hidden));
                continue;
            }
            PairedComparison a = PairedStatistics.compare(done[0].values, done[1].values, done[2].values, done[2].size);
            PairedComparison b = PairedStatistics.compare(notDone[0].values, notDone[1].values, notDone[2].values, notDone[2].size);
            result.add(new LearningLink.Row(labels.get(r), a, b, a.meanChange() - b.meanChange(),
                    PairedStatistics.welchP(done[2].values, done[2].size, notDone[2].values, notDone[2].size), null));
        }
        return new LearningLink(Count.of(people[0], rule.single(people[0])), Count.of(people[1], rule.single(people[1])),
                List.copyOf(result));
    }

    /** A growing list of doubles. */
    private static final class Values {
        double[] values = new double[16];
        int size;

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    // --- free text --------------------------------------------------------------------------------------

    private List<Comments> comments(int scope) {
        List<Comments> result = new ArrayList<>();
        for (Item item : text) {
            for (boolean after : new boolean[]{false, true}) {
                List<ReportData.TextAnswer> answers = data.texts().stream()
                        .filter(a -> a.after() == after && a.itemKey().equals(item.key())).toList();
                int[] written = new int[teamCount];
                answers.forEach(a -> written[a.team()]++);
                Hidden[] teamHidden = rule.breakdown(written, names);
                String wave = after ? afterKey : beforeKey;
                if (scope < 0) {
                    Hidden hidden = rule.single(answers.size());
                    List<Comments.Quote> quotes = hidden != null ? List.of() : answers.stream()
                            .map(a -> new Comments.Quote(a.text(), teamHidden[a.team()] == null ? names[a.team()] : null))
                            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
                    Collections.shuffle(quotes, random);
                    result.add(new Comments(item, wave, hidden == null ? answers.size() : null, List.copyOf(quotes), hidden));
                } else {
                    Hidden hidden = teamHidden[scope];
                    List<Comments.Quote> quotes = hidden != null ? List.of() : answers.stream().filter(a -> a.team() == scope)
                            .map(a -> new Comments.Quote(a.text(), null))
                            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
                    Collections.shuffle(quotes, random);
                    result.add(new Comments(item, wave, hidden == null ? written[scope] : null, List.copyOf(quotes), hidden));
                }
            }
        }
        return result;
    }

    private <T> List<List<T>> emptyLists() {
        List<List<T>> lists = new ArrayList<>();
        for (int g = 0; g <= teamCount; g++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
