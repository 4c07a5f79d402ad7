package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.disclosure.DisclosureControl;
import org.lantern.reports.disclosure.DisclosureControl.Why;
import org.lantern.reports.stats.PairedComparison;
import org.lantern.reports.stats.PairedStatistics;
import org.lantern.surveys.EvaluationData;
import org.lantern.surveys.Programme;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.SurveyDefinition.Item;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.lantern.surveys.EvaluationData.MISSING;

/**
 * Works out a release of one pair of waves: every figure for the whole programme and each team,
 * with the disclosure rules applied over this release and every earlier release of the programme.
 *
 * <p>Populations. A theme's figures (and those of its questions) at a wave are about the people who
 * submitted that wave and answered every agree/disagree question of the theme in it; change is
 * about the people for whom that holds at both waves. A theme score is then the plain mean of the
 * theme's questions, the same weight for everyone, so no two figures of a group differ by one
 * person's answers. A question with no theme is its own "theme". The learning link's groups are
 * those pairs split by training; its "All questions" row needs every question at both waves.
 *
 * <p>Every group of figures that is shown or hidden together is one {@link DisclosureControl}
 * cell; people who share unknowns (one theme's answers at one wave, one knowledge question at one
 * wave, who responded at all, who wrote an answer) form one audit block.
 */
final class ReleaseCalculator {

    static final int LEARNING_TEAM = 0;
    static final int LEARNING_ALL = 1;
    static final int WAVE_TEAM = 2;
    static final int WAVE_ALL = 3;
    static final int PAIRS_TEAM = 4;
    static final int PAIRS_ALL = 5;

    static final String BEFORE = "before";
    static final String AFTER = "after";
    static final String PAIRS = "pairs";
    static final String DONE = "learning-done";
    static final String NOT_DONE = "learning-not";
    static final String MATCHED = "matched";

    /**
     * An earlier release, as far as the audit needs it.
     *
     * @param upTo   the newest response it includes (responses are numbered in the order they arrived)
     * @param groups per participant of the current data: 2 trained, 1 not trained, 0 not linked (as at that release)
     * @param shown  the cells it showed
     */
    record Earlier(int before, int after, long upTo, byte[] groups, Set<String> shown) {
    }

    /**
     * The release's figures.
     *
     * @param groups     the whole programme (index 0), then each team in the programme's order
     * @param learning   the learning link for the same scopes
     * @param comments   what people wrote, for the same scopes
     * @param shownCells the cells shown, for auditing later releases
     * @param upTo       the newest response included
     */
    record Result(List<GroupReport> groups, List<LearningLink> learning, List<List<Comments>> comments,
                  List<String> shownCells, long upTo, int hiddenCells, int findings) {
    }

    /** The comment a removal refers to: which response, which question. */
    record CommentRef(long response, String item) {
    }

    private final EvaluationData data;
    private final int b;
    private final int a;
    private final byte[] trained;
    private final List<Earlier> earlier;
    private final int k;
    private final Set<CommentRef> removed;
    private final Random random;

    private final int n;
    private final int teamCount;
    private final int likertCount;
    private final List<Family> families = new ArrayList<>();
    private final Family everything;
    private final int[][] scored;
    private final List<View> views = new ArrayList<>();
    private final DisclosureControl control;
    private final Map<String, Integer> cellIndex = new HashMap<>();
    private final Map<Integer, String> cellName = new HashMap<>();
    private final int[][] byTeam;

    /** One release, the new one or an earlier one: which waves, which responses, which training groups. */
    private record View(int before, int after, long upTo, byte[] groups, @Nullable Set<String> shown) {

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
    }

    /** A theme (or a question with no theme, or every question): the questions one score is made of. */
    private record Family(String id, int[] items, SurveyDefinition.@Nullable Theme theme, boolean learning) {
    }

    ReleaseCalculator(EvaluationData data, int before, int after, byte[] trained, List<Earlier> earlier, int minGroupSize,
                      Set<CommentRef> removed, Random random) {
        this.data = data;
        this.b = before;
        this.a = after;
        this.trained = trained;
        this.earlier = earlier;
        this.k = minGroupSize;
        this.removed = removed;
        this.random = random;
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
        for (Earlier e : earlier) {
            views.add(new View(e.before(), e.after(), e.upTo(), e.groups(), e.shown()));
        }
        views.add(new View(b, a, Long.MAX_VALUE, trained, null));
        this.control = new DisclosureControl(minGroupSize);
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
    }

    Result calculate() {
        buildBlocks();
        List<@Nullable Why> decided = control.decide();
        Map<String, Hidden> hidden = new HashMap<>();
        List<String> shownCells = new ArrayList<>();
        View fresh = views.getLast();
        int freshIndex = views.size() - 1;
        int hiddenCells = 0;
        for (Map.Entry<String, Integer> e : cellIndex.entrySet()) {
            if (!e.getKey().startsWith(freshIndex + "|")) {
                continue;
            }
            String id = e.getKey().substring(e.getKey().indexOf('|') + 1);
            Why why = decided.get(e.getValue());
            if (why == null) {
                shownCells.add(id);
            } else {
                hidden.put(id, hidden(why));
                hiddenCells++;
            }
        }
        Collections.sort(shownCells);
        long upTo = 0;
        for (EvaluationData.WaveData w : List.of(data.waves().get(b), data.waves().get(a))) {
            for (long r : w.response()) {
                upTo = Math.max(upTo, r);
            }
        }
        Figures figures = new Figures(fresh, hidden);
        List<GroupReport> groups = new ArrayList<>();
        List<LearningLink> learning = new ArrayList<>();
        List<List<Comments>> comments = new ArrayList<>();
        for (int s = 0; s <= teamCount; s++) {
            groups.add(figures.group(s));
            learning.add(figures.learning(s));
            comments.add(figures.comments(s));
        }
        return new Result(List.copyOf(groups), List.copyOf(learning), List.copyOf(comments), List.copyOf(shownCells), upTo,
                hiddenCells, control.findings());
    }

    private static Hidden hidden(Why why) {
        return switch (why) {
            case TOO_FEW -> Hidden.TOO_FEW;
            case EVERYONE_ALIKE -> Hidden.EVERYONE_ALIKE;
            case PROTECTS_OTHERS -> Hidden.PROTECTS_OTHERS;
            case SINCE_EARLIER_RELEASE -> Hidden.SINCE_EARLIER_RELEASE;
        };
    }

    // --- who is in which population ---------------------------------------------------------------------

    private boolean in(View v, int wave, int p) {
        long r = data.waves().get(wave).response()[p];
        return r != 0 && r <= v.upTo();
    }

    private final Map<Long, boolean[]> completeCache = new HashMap<>();

    /** Whether each participant answered every question of the family at the wave. */
    private boolean[] complete(int wave, Family f) {
        long key = (long) wave * 100_000 + families.indexOf(f) + 1;
        return completeCache.computeIfAbsent(key, x -> {
            boolean[] done = new boolean[n];
            int[] values = scored[wave];
            for (int p = 0; p < n; p++) {
                boolean all = data.waves().get(wave).submitted(p);
                for (int i = 0; all && i < f.items.length; i++) {
                    all = values[p * likertCount + f.items[i]] != MISSING;
                }
                done[p] = all;
            }
            return done;
        });
    }

    private int sum(int wave, Family f, int p) {
        int s = 0;
        for (int i : f.items) {
            s += scored[wave][p * likertCount + i];
        }
        return s;
    }

    private int knownBy(int wave, int p) {
        int batch = data.waves().get(wave).imported()[p];
        if (batch < 0) {
            return -1;
        }
        EvaluationData.ImportBatch imp = data.imports().get(batch);
        // one reader per importing account (or per name, when the account is gone)
        return imp.importedById() != null ? (int) (imp.importedById() % Integer.MAX_VALUE)
                : 1_000_000_000 + Math.floorMod(imp.importedBy().hashCode(), 1_000_000_000);
    }

    // --- cells and blocks --------------------------------------------------------------------------------

    private String scope(int s) {
        return s == 0 ? "all" : "team:" + data.programme().teams().get(s - 1).id();
    }

    /** The cells of one kind of figure in one release, for all teams and each team. */
    private int[] cells(int view, String family, String kind, int teamPriority, int allPriority) {
        int[] cells = new int[teamCount + 1];
        for (int s = 0; s <= teamCount; s++) {
            String id = family + "|" + kind + "|" + scope(s);
            String key = view + "|" + id;
            Integer index = cellIndex.get(key);
            if (index == null) {
                View v = views.get(view);
                index = v.fresh() ? control.cell(s == 0 ? allPriority : teamPriority) : control.releasedCell(v.shown().contains(id));
                cellIndex.put(key, index);
                cellName.put(index, id);
            }
            cells[s] = index;
        }
        return cells;
    }

    private Set<Integer> usedWaves() {
        Set<Integer> waves = new LinkedHashSet<>();
        for (View v : views) {
            waves.add(v.before());
            waves.add(v.after());
        }
        return waves;
    }

    private void buildBlocks() {
        Set<Integer> waves = usedWaves();
        for (Family f : families) {
            for (int w : waves) {
                themeBlock(f, w);
            }
        }
        Set<List<Integer>> pairs = new LinkedHashSet<>();
        for (View v : views) {
            pairs.add(List.of(v.before(), v.after()));
        }
        for (List<Integer> pair : pairs) {
            for (Family f : families) {
                changeBlock(f, pair.get(0), pair.get(1));
            }
            if (likertCount > 0) {
                changeBlock(everything, pair.get(0), pair.get(1));
            }
        }
        for (int c = 0; c < data.choiceItems().size(); c++) {
            for (int w : waves) {
                choiceBlock(c, w);
            }
        }
        for (int w : waves) {
            countsBlock(w, false);
            countsBlock(w, true);
        }
        for (int x = 0; x < data.textItems().size(); x++) {
            for (int w : waves) {
                textBlock(x, w);
            }
        }
        // the two sides of a learning-link comparison are shown or hidden together
        for (int v = 0; v < views.size(); v++) {
            if (!views.get(v).fresh()) {
                continue;
            }
            for (Family f : learningFamilies()) {
                int[] done = cells(v, f.id, DONE, LEARNING_TEAM, LEARNING_ALL);
                int[] not = cells(v, f.id, NOT_DONE, LEARNING_TEAM, LEARNING_ALL);
                for (int s = 0; s <= teamCount; s++) {
                    control.together(done[s], not[s]);
                }
            }
        }
    }

    private List<Family> learningFamilies() {
        List<Family> list = new ArrayList<>();
        if (likertCount > 0) {
            list.add(everything);
        }
        families.stream().filter(Family::learning).forEach(list::add);
        return list;
    }

    /** One theme's answers at one wave: everyone, pairs and learning-link groups of every release that uses the wave. */
    private void themeBlock(Family f, int w) {
        List<Integer> using = new ArrayList<>();
        for (int v = 0; v < views.size(); v++) {
            if (views.get(v).touches(w)) {
                using.add(v);
            }
        }
        if (using.isEmpty()) {
            return;
        }
        var block = control.block(f.id + " at " + data.waves().get(w).wave().key(), teamCount, f.items.length + 1);
        int size = using.size();
        int[] everyone = new int[size];
        int[] pairs = new int[size];
        int[] done = new int[size];
        int[] not = new int[size];
        int[] allDone = new int[size];
        int[] allNot = new int[size];
        for (int u = 0; u < size; u++) {
            int v = using.get(u);
            View view = views.get(v);
            everyone[u] = block.rowType(cells(v, f.id, view.role(w), WAVE_TEAM, WAVE_ALL));
            pairs[u] = block.rowType(cells(v, f.id, PAIRS, PAIRS_TEAM, PAIRS_ALL));
            done[u] = f.learning ? block.rowType(cells(v, f.id, DONE, LEARNING_TEAM, LEARNING_ALL)) : -1;
            not[u] = f.learning ? block.rowType(cells(v, f.id, NOT_DONE, LEARNING_TEAM, LEARNING_ALL)) : -1;
            // "All questions" includes this family's questions, whatever its kind
            allDone[u] = block.rowType(cells(v, everything.id, DONE, LEARNING_TEAM, LEARNING_ALL));
            allNot[u] = block.rowType(cells(v, everything.id, NOT_DONE, LEARNING_TEAM, LEARNING_ALL));
        }
        boolean[] here = complete(w, f);
        boolean[] allHere = complete(w, everything);
        for (int p = 0; p < n; p++) {
            if (!here[p]) {
                continue;
            }
            BitSet leaf = new BitSet();
            for (int u = 0; u < size; u++) {
                View view = views.get(using.get(u));
                if (!in(view, w, p)) {
                    continue;
                }
                leaf.set(everyone[u]);
                int o = view.other(w);
                if (in(view, o, p) && complete(o, f)[p]) {
                    leaf.set(pairs[u]);
                    int g = view.groups()[p];
                    if (f.learning && g > 0) {
                        leaf.set(g == 2 ? done[u] : not[u]);
                    }
                    if (g > 0 && allHere[p] && complete(o, everything)[p]) {
                        leaf.set(g == 2 ? allDone[u] : allNot[u]);
                    }
                }
            }
            int[] classes = new int[f.items.length + 1];
            for (int i = 0; i < f.items.length; i++) {
                classes[i] = scored[w][p * likertCount + f.items[i]];
            }
            classes[f.items.length] = sum(w, f, p);
            block.person(data.team()[p], leaf, knownBy(w, p), classes);
        }
        block.build();
    }

    /** Change on one theme (or on every question) between the waves of a pair, for the releases of that pair. */
    private void changeBlock(Family f, int before, int after) {
        List<Integer> using = new ArrayList<>();
        for (int v = 0; v < views.size(); v++) {
            if (views.get(v).before() == before && views.get(v).after() == after) {
                using.add(v);
            }
        }
        boolean learningOnly = f == everything;
        var block = control.block(f.id + " change " + data.waves().get(before).wave().key() + " to "
                + data.waves().get(after).wave().key(), teamCount, learningOnly ? 1 : f.items.length + 1);
        int size = using.size();
        int[] pairs = new int[size];
        int[] done = new int[size];
        int[] not = new int[size];
        for (int u = 0; u < size; u++) {
            int v = using.get(u);
            pairs[u] = learningOnly ? -1 : block.rowType(cells(v, f.id, PAIRS, PAIRS_TEAM, PAIRS_ALL));
            done[u] = f.learning ? block.rowType(cells(v, f.id, DONE, LEARNING_TEAM, LEARNING_ALL)) : -1;
            not[u] = f.learning ? block.rowType(cells(v, f.id, NOT_DONE, LEARNING_TEAM, LEARNING_ALL)) : -1;
        }
        boolean[] first = complete(before, f);
        boolean[] second = complete(after, f);
        for (int p = 0; p < n; p++) {
            if (!first[p] || !second[p]) {
                continue;
            }
            BitSet leaf = new BitSet();
            for (int u = 0; u < size; u++) {
                View view = views.get(using.get(u));
                if (!in(view, before, p) || !in(view, after, p)) {
                    continue;
                }
                if (pairs[u] >= 0) {
                    leaf.set(pairs[u]);
                }
                int g = view.groups()[p];
                if (f.learning && g > 0) {
                    leaf.set(g == 2 ? done[u] : not[u]);
                }
            }
            int[] classes;
            if (learningOnly) {
                classes = new int[]{sum(after, f, p) - sum(before, f, p)};
            } else {
                classes = new int[f.items.length + 1];
                for (int i = 0; i < f.items.length; i++) {
                    int d = scored[after][p * likertCount + f.items[i]] - scored[before][p * likertCount + f.items[i]];
                    classes[i] = band(d);
                }
                classes[f.items.length] = sum(after, f, p) - sum(before, f, p);
            }
            int knownBefore = knownBy(before, p);
            block.person(data.team()[p], leaf, knownBefore == knownBy(after, p) ? knownBefore : -1, classes);
        }
        block.build();
    }

    /** The band of a question's change shown in "how answers moved": -2 or less, -1, 0, +1, +2 or more. */
    private static int band(double change) {
        return change <= -2 ? 0 : change <= -1 ? 1 : change < 1 ? 2 : change < 2 ? 3 : 4;
    }

    private void choiceBlock(int c, int w) {
        String id = "choice:" + data.choiceItems().get(c).key();
        Item item = data.choiceItems().get(c);
        int correct = item.options().indexOf(item.answer());
        List<Integer> using = new ArrayList<>();
        for (int v = 0; v < views.size(); v++) {
            if (views.get(v).touches(w)) {
                using.add(v);
            }
        }
        var block = control.block(id + " at " + data.waves().get(w).wave().key(), teamCount, 1);
        int[] rows = new int[using.size()];
        for (int u = 0; u < rows.length; u++) {
            int v = using.get(u);
            rows[u] = block.rowType(cells(v, id, views.get(v).role(w), WAVE_TEAM, WAVE_ALL));
        }
        int[] chosen = data.waves().get(w).choice();
        int items = data.choiceItems().size();
        for (int p = 0; p < n; p++) {
            int option = chosen[p * items + c];
            if (option < 0) {
                continue;
            }
            BitSet leaf = new BitSet();
            for (int u = 0; u < rows.length; u++) {
                if (in(views.get(using.get(u)), w, p)) {
                    leaf.set(rows[u]);
                }
            }
            block.person(data.team()[p], leaf, knownBy(w, p), new int[]{option == correct ? 1 : 0});
        }
        block.build();
    }

    /**
     * Who responded to a wave (or, for {@code matched}, to both waves of the pair): counts of people,
     * no answers. Each count is checked on its own (teams against the total, releases against each
     * other), so that a hidden small team's participation cannot be worked out; answers are
     * protected by the theme blocks, where the people who answered only one survey are a population too.
     */
    private void countsBlock(int w, boolean matched) {
        List<Integer> using = new ArrayList<>();
        for (int v = 0; v < views.size(); v++) {
            View view = views.get(v);
            if (matched ? view.before() == w : view.touches(w)) {
                using.add(v);
            }
        }
        if (using.isEmpty()) {
            return;
        }
        var block = control.block((matched ? "answered both from " : "responses at ") + data.waves().get(w).wave().key(), teamCount, 0);
        int[] rows = new int[using.size()];
        for (int u = 0; u < rows.length; u++) {
            int v = using.get(u);
            rows[u] = block.rowType(cells(v, "responses", matched ? MATCHED : views.get(v).role(w), matched ? PAIRS_TEAM : WAVE_TEAM,
                    matched ? PAIRS_ALL : WAVE_ALL));
        }
        for (int p = 0; p < n; p++) {
            if (!data.waves().get(w).submitted(p)) {
                continue;
            }
            BitSet leaf = new BitSet();
            for (int u = 0; u < rows.length; u++) {
                View view = views.get(using.get(u));
                if (in(view, w, p) && (!matched || in(view, view.after(), p))) {
                    leaf.set(rows[u]);
                }
            }
            block.person(data.team()[p], leaf, knownBy(w, p), new int[0]);
        }
        block.build();
    }

    /** Who wrote an answer to a free-text question at a wave. */
    private void textBlock(int x, int w) {
        String id = "text:" + data.textItems().get(x).key();
        List<Integer> using = new ArrayList<>();
        for (int v = 0; v < views.size(); v++) {
            if (views.get(v).touches(w)) {
                using.add(v);
            }
        }
        var block = control.block(id + " at " + data.waves().get(w).wave().key(), teamCount, 0);
        int[] rows = new int[using.size()];
        for (int u = 0; u < rows.length; u++) {
            int v = using.get(u);
            rows[u] = block.rowType(cells(v, id, views.get(v).role(w), WAVE_TEAM, WAVE_ALL));
        }
        for (EvaluationData.Written written : data.waves().get(w).written()) {
            if (written.item() != x) {
                continue;
            }
            int p = written.participant();
            BitSet leaf = new BitSet();
            for (int u = 0; u < rows.length; u++) {
                if (in(views.get(using.get(u)), w, p)) {
                    leaf.set(rows[u]);
                }
            }
            block.person(data.team()[p], leaf, knownBy(w, p), new int[0]);
        }
        block.build();
    }

    // --- the figures of the new release ------------------------------------------------------------------

    /** Computes the shown figures of the new release, scope by scope (0 = all teams, t + 1 = team t). */
    private final class Figures {
        private final View view;
        private final Map<String, Hidden> hidden;

        Figures(View view, Map<String, Hidden> hidden) {
            this.view = view;
            this.hidden = hidden;
        }

        private @Nullable Hidden why(String family, String kind, int s) {
            return hidden.get(family + "|" + kind + "|" + scope(s));
        }

        private int[] people(int s) {
            if (s > 0) {
                return byTeam[s - 1];
            }
            int[] all = new int[n];
            for (int p = 0; p < n; p++) {
                all[p] = p;
            }
            return all;
        }

        GroupReport group(int s) {
            int[] people = people(s);
            List<ThemeFigures> themes = new ArrayList<>();
            Map<String, ItemFigures> items = new LinkedHashMap<>();
            for (Family f : families) {
                WaveFigures before = wave(f, b, people, s, BEFORE, -1);
                WaveFigures after = wave(f, a, people, s, AFTER, -1);
                ChangeFigures change = change(f, people, s, -1);
                if (f.theme != null) {
                    themes.add(new ThemeFigures(f.theme, f.items.length, before, after, change));
                }
                for (int i = 0; i < f.items.length; i++) {
                    items.put(data.likertItems().get(f.items[i]).key(), new ItemFigures(data.likertItems().get(f.items[i]),
                            wave(f, b, people, s, BEFORE, i), wave(f, a, people, s, AFTER, i), change(f, people, s, i)));
                }
            }
            List<ItemFigures> ordered = data.likertItems().stream().map(i -> items.get(i.key())).toList();
            List<ChoiceFigures> choices = new ArrayList<>();
            for (int c = 0; c < data.choiceItems().size(); c++) {
                choices.add(new ChoiceFigures(data.choiceItems().get(c), correct(c, b, people, s, BEFORE),
                        correct(c, a, people, s, AFTER)));
            }
            return new GroupReport(s == 0 ? null : data.programme().teams().get(s - 1).name(), response(people, s),
                    List.copyOf(themes), ordered, List.copyOf(choices));
        }

        /** A theme's scores (item < 0) or one of its questions' at a wave. */
        private WaveFigures wave(Family f, int w, int[] people, int s, String kind, int item) {
            Hidden why = why(f.id, kind, s);
            if (why != null) {
                return new WaveFigures(null, why);
            }
            boolean[] done = complete(w, f);
            double[] values = new double[people.length];
            int count = 0;
            for (int p : people) {
                if (in(view, w, p) && done[p]) {
                    values[count++] = item < 0 ? (double) sum(w, f, p) / f.items.length : scored[w][p * likertCount + f.items[item]];
                }
            }
            return new WaveFigures(PairedStatistics.describe(values, count), null);
        }

        private ChangeFigures change(Family f, int[] people, int s, int item) {
            Hidden why = why(f.id, PAIRS, s);
            if (why != null) {
                return new ChangeFigures(null, null, why);
            }
            double[][] pairs = pairs(f, people, item, p -> true);
            PairedComparison stats = PairedStatistics.compare(pairs[0], pairs[1], pairs[2], pairs[0].length);
            return new ChangeFigures(stats, item >= 0 ? shares(pairs[2]) : null, null);
        }

        /** Before, after and change of the pairs in {@code people} who pass {@code filter}. */
        private double[][] pairs(Family f, int[] people, int item, java.util.function.IntPredicate filter) {
            boolean[] first = complete(b, f);
            boolean[] second = complete(a, f);
            double[] before = new double[people.length];
            double[] after = new double[people.length];
            double[] change = new double[people.length];
            int count = 0;
            for (int p : people) {
                if (in(view, b, p) && in(view, a, p) && first[p] && second[p] && filter.test(p)) {
                    if (item < 0) {
                        int sb = sum(b, f, p);
                        int sa = sum(a, f, p);
                        before[count] = (double) sb / f.items.length;
                        after[count] = (double) sa / f.items.length;
                        // from exact integer sums, so that equal changes are equal doubles
                        change[count] = (double) (sa - sb) / f.items.length;
                    } else {
                        int sb = scored[b][p * likertCount + f.items[item]];
                        int sa = scored[a][p * likertCount + f.items[item]];
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
                bins[band(d)]++;
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
                if (option >= 0 && in(view, w, p)) {
                    answered++;
                    correct += option == right ? 1 : 0;
                }
            }
            return new ChoiceFigures.Correct(answered, answered == 0 ? null : 100.0 * correct / answered, null);
        }

        private ResponseFigures response(int[] people, int s) {
            int invited = 0;
            if (s == 0) {
                invited = Arrays.stream(data.invited()).sum();
            } else {
                invited = data.invited()[s - 1];
            }
            int before = 0;
            int after = 0;
            int both = 0;
            for (int p : people) {
                boolean x = in(view, b, p);
                boolean y = in(view, a, p);
                before += x ? 1 : 0;
                after += y ? 1 : 0;
                both += x && y ? 1 : 0;
            }
            Hidden invitedWhy = invited > 0 && invited < k ? Hidden.TOO_FEW : null;
            Count inv = Count.of(invited, invitedWhy);
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
            int[] people = people(s);
            List<LearningLink.Row> rows = new ArrayList<>();
            Count completed = null;
            Count notCompleted = null;
            for (Family f : learningFamilies()) {
                Hidden whyDone = why(f.id, DONE, s);
                Hidden whyNot = why(f.id, NOT_DONE, s);
                double[][] done = pairs(f, people, -1, p -> view.groups()[p] == 2);
                double[][] not = pairs(f, people, -1, p -> view.groups()[p] == 1);
                if (f == everything) {
                    completed = Count.of(done[0].length, whyDone);
                    notCompleted = Count.of(not[0].length, whyNot);
                }
                String label = f == everything ? "All questions" : f.theme.title();
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

        List<Comments> comments(int s) {
            List<Comments> result = new ArrayList<>();
            for (int x = 0; x < data.textItems().size(); x++) {
                Item item = data.textItems().get(x);
                String id = "text:" + item.key();
                for (int w : List.of(b, a)) {
                    String kind = w == b ? BEFORE : AFTER;
                    Hidden why = why(id, kind, s);
                    EvaluationData.WaveData wave = data.waves().get(w);
                    List<Comments.Quote> quotes = new ArrayList<>();
                    int written = 0;
                    int gone = 0;
                    for (EvaluationData.Written answer : wave.written()) {
                        int p = answer.participant();
                        if (answer.item() != x || !in(view, w, p) || (s > 0 && data.team()[p] != s - 1)) {
                            continue;
                        }
                        written++;
                        if (why != null) {
                            continue;
                        }
                        if (removed.contains(new CommentRef(wave.response()[p], item.key()))) {
                            gone++;
                            continue;
                        }
                        int team = data.team()[p];
                        String teamName = s == 0 && why(id, kind, team + 1) == null ? data.programme().teams().get(team).name() : null;
                        quotes.add(new Comments.Quote(answer.text(), teamName));
                    }
                    Collections.shuffle(quotes, random);
                    result.add(new Comments(item, wave.wave().key(), why == null ? written : null, List.copyOf(quotes), why,
                            why == null ? gone : 0));
                }
            }
            return result;
        }
    }

    /** The comments that a release of these figures would show for all teams, with what identifies each for removal. */
    static List<PendingComment> pending(EvaluationData data, Result result, int before, int after) {
        List<PendingComment> list = new ArrayList<>();
        for (int x = 0; x < data.textItems().size(); x++) {
            Item item = data.textItems().get(x);
            for (int w : List.of(before, after)) {
                String kind = w == before ? BEFORE : AFTER;
                if (!result.shownCells().contains("text:" + item.key() + "|" + kind + "|all")) {
                    continue;
                }
                EvaluationData.WaveData wave = data.waves().get(w);
                for (EvaluationData.Written answer : wave.written()) {
                    if (answer.item() == x) {
                        list.add(new PendingComment(new CommentRef(wave.response()[answer.participant()], item.key()), item,
                                wave.wave().key(), answer.text()));
                    }
                }
            }
        }
        return list;
    }

    /** A written answer that a release would show, so the evaluator can remove it first. */
    record PendingComment(CommentRef ref, Item item, String waveKey, String text) {
    }

    /** For tests: the cells' names. */
    Map<Integer, String> cellNames() {
        return Collections.unmodifiableMap(cellName);
    }

    static Programme.Wave wave(EvaluationData data, int index) {
        return data.waves().get(index).wave();
    }
}
