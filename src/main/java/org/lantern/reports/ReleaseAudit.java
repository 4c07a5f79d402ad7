package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.ReleasePopulations.Family;
import org.lantern.reports.ReleasePopulations.View;
import org.lantern.reports.disclosure.DisclosureControl;
import org.lantern.reports.disclosure.DisclosureControl.Why;
import org.lantern.surveys.EvaluationData;
import org.lantern.surveys.SurveyDefinition.Item;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Puts every figure of the new release and of every earlier release of the programme to the
 * disclosure rules. Every group of figures that is shown or hidden together is one
 * {@link DisclosureControl} cell, named {@code family|kind|scope} (for example
 * {@code theme:hope|before|team:12}); people who share unknowns (one theme's answers at one wave, the
 * change on one theme between a pair of waves, one knowledge question at one wave, who responded,
 * who wrote an answer, who answered "Not applicable" to a question) form one audit block ({@link ReleaseBlocks}).
 */
final class ReleaseAudit {

    static final int LEARNING_TEAM = 0;
    static final int LEARNING_ALL = 1;
    static final int WAVE_TEAM = 2;
    static final int WAVE_ALL = 3;
    static final int PAIRS_TEAM = 4;
    static final int PAIRS_ALL = 5;

    static final String PAIRS = "pairs";
    static final String DONE = "learning-done";
    static final String NOT_DONE = "learning-not";
    static final String MATCHED = "matched";

    private final ReleasePopulations pop;
    private final EvaluationData data;
    private final int teamCount;
    private final int likertCount;
    private final List<View> views;
    private final Family everything;
    private final DisclosureControl control;
    private final Map<String, Integer> cellIndex = new HashMap<>();

    /**
     * What the rules decided for the new release.
     *
     * @param hidden the new release's hidden cells and why
     * @param shown  its shown cells, for auditing later releases
     */
    record Decision(Map<String, Hidden> hidden, List<String> shown, int findings) {
    }

    ReleaseAudit(ReleasePopulations pop, int minGroupSize) {
        this.pop = pop;
        this.data = pop.data;
        this.teamCount = pop.teamCount;
        this.likertCount = pop.likertCount;
        this.views = pop.views;
        this.everything = pop.everything;
        this.control = new DisclosureControl(minGroupSize);
    }

    Decision decide() {
        buildBlocks();
        List<@Nullable Why> decided = control.decide();
        Map<String, Hidden> hidden = new HashMap<>();
        List<String> shown = new ArrayList<>();
        String fresh = (views.size() - 1) + "|";
        for (Map.Entry<String, Integer> e : cellIndex.entrySet()) {
            if (!e.getKey().startsWith(fresh)) {
                continue;
            }
            String id = e.getKey().substring(fresh.length());
            Why why = decided.get(e.getValue());
            if (why == null) {
                shown.add(id);
            } else {
                hidden.put(id, hidden(why));
            }
        }
        java.util.Collections.sort(shown);
        return new Decision(hidden, List.copyOf(shown), control.findings());
    }

    private static Hidden hidden(Why why) {
        return switch (why) {
            case TOO_FEW -> Hidden.TOO_FEW;
            case EVERYONE_ALIKE -> Hidden.EVERYONE_ALIKE;
            case PROTECTS_OTHERS -> Hidden.PROTECTS_OTHERS;
            case SINCE_EARLIER_RELEASE -> Hidden.SINCE_EARLIER_RELEASE;
        };
    }

    /** The cells of one kind of figure in one release, for all teams and each team. */
    private int[] cells(int view, String family, String kind, int teamPriority, int allPriority) {
        int[] cells = new int[teamCount + 1];
        for (int s = 0; s <= teamCount; s++) {
            String id = family + "|" + kind + "|" + pop.scope(s);
            String key = view + "|" + id;
            Integer index = cellIndex.get(key);
            if (index == null) {
                View v = views.get(view);
                index = v.fresh() ? control.cell(s == 0 ? allPriority : teamPriority) : control.releasedCell(v.shown().contains(id));
                cellIndex.put(key, index);
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
        ReleaseBlocks blocks = new ReleaseBlocks(pop, control, this::cells);
        ReleaseTrend trend = new ReleaseTrend(pop, this::cells);
        Set<Integer> waves = usedWaves();
        Set<Integer> themeWaves = new LinkedHashSet<>(waves);
        themeWaves.addAll(trend.waves());
        for (Family f : pop.families) {
            for (int w : themeWaves) {
                blocks.themeBlock(f, w);
            }
        }
        Set<List<Integer>> pairs = new LinkedHashSet<>();
        for (View v : views) {
            pairs.add(List.of(v.before(), v.after()));
        }
        Set<List<Integer>> changes = new LinkedHashSet<>(pairs);
        changes.addAll(trend.pairs());
        for (List<Integer> pair : changes) {
            for (Family f : pop.families) {
                blocks.changeBlock(f, pair.get(0), pair.get(1));
            }
            if (likertCount > 0 && pairs.contains(pair)) {
                blocks.changeBlock(everything, pair.get(0), pair.get(1));
            }
        }
        for (int c = 0; c < data.choiceItems().size(); c++) {
            for (int w : waves) {
                blocks.choiceBlock(c, w);
            }
        }
        for (int w : waves) {
            blocks.countsBlock(w, false);
            blocks.countsBlock(w, true);
        }
        for (int x = 0; x < data.textItems().size(); x++) {
            for (int w : waves) {
                blocks.textBlock(x, w);
            }
        }
        for (int i = 0; i < likertCount; i++) {
            for (int w : data.likertItems().get(i).notApplicable() ? waves : Set.<Integer>of()) {
                blocks.notApplicableBlock(i, w);
            }
        }
        trend.together(control);
        new ThenTest(pop, this::cells).blocks(control);
        // the two sides of a learning-link comparison are shown or hidden together
        for (int v = 0; v < views.size(); v++) {
            if (!views.get(v).fresh()) {
                continue;
            }
            for (Family f : pop.learningFamilies()) {
                int[] done = cells(v, f.id(), DONE, LEARNING_TEAM, LEARNING_ALL);
                int[] not = cells(v, f.id(), NOT_DONE, LEARNING_TEAM, LEARNING_ALL);
                for (int s = 0; s <= teamCount; s++) {
                    control.together(done[s], not[s]);
                }
            }
        }
    }
}
