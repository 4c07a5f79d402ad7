package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.surveys.EvaluationData;
import org.lantern.surveys.SurveyDefinition.Item;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.lantern.reports.ReleasePopulations.AFTER;
import static org.lantern.reports.ReleasePopulations.BEFORE;

/**
 * Works out a release of one pair of waves: who is in which population ({@link ReleasePopulations}),
 * what the disclosure rules let be shown over this release and every earlier release of the
 * programme ({@link ReleaseAudit}), and the figures for the whole programme and each team
 * ({@link ReleaseFigures}).
 */
final class ReleaseCalculator {

    /**
     * An earlier release, as far as the audit needs it.
     *
     * @param id     its number: it includes the responses of its waves that it or an earlier release first included
     * @param groups per participant of the current data: 2 trained, 1 not trained, 0 not linked (as at that release)
     * @param shown  the cells it showed
     */
    record Earlier(int before, int after, long id, byte[] groups, Set<String> shown) {
    }

    /**
     * The release's figures.
     *
     * @param groups     the whole programme (index 0), then each team in the programme's order
     * @param learning   the learning link for the same scopes
     * @param comments   what people wrote, for the same scopes
     * @param shownCells the cells shown, for auditing later releases
     */
    record Result(List<GroupReport> groups, List<LearningLink> learning, List<List<Comments>> comments,
                  List<String> shownCells, int hiddenCells, int findings, List<@Nullable TrendFigures> trend,
                  List<@Nullable ThenTestFigures> thenTest, List<@Nullable UnlinkedFigures> unlinked) {
    }

    /** The comment a removal refers to: which response, which question. */
    record CommentRef(long response, String item) {
    }

    private final EvaluationData data;
    private final int minGroupSize;
    private final Set<CommentRef> removed;
    private final Random random;
    private final ReleasePopulations pop;

    ReleaseCalculator(EvaluationData data, int before, int after, byte[] trained, List<Earlier> earlier, int minGroupSize,
                      Set<CommentRef> removed, Random random) {
        this(data, before, after, trained, earlier, minGroupSize, removed, random, ReleaseTrend.waves(after));
    }

    /** @param trend how many waves (from the first) the release's trend covers: 0 for none, else at least 3 */
    ReleaseCalculator(EvaluationData data, int before, int after, byte[] trained, List<Earlier> earlier, int minGroupSize,
                      Set<CommentRef> removed, Random random, int trend) {
        this.data = data;
        this.minGroupSize = minGroupSize;
        this.removed = removed;
        this.random = random;
        this.pop = new ReleasePopulations(data, before, after, trained, earlier, trend);
    }

    Result calculate() {
        return calculate(new ReleasePhases());
    }

    /** The release's figures, booking the time of the audit and of the statistics to {@code phases}. */
    Result calculate(ReleasePhases phases) {
        phases.mark("populations");
        ReleaseAudit.Decision decision = new ReleaseAudit(pop, minGroupSize).decide();
        phases.mark("disclosure audit");
        ReleaseFigures figures = new ReleaseFigures(pop, decision.hidden(), minGroupSize);
        ReleaseComments written = new ReleaseComments(pop, decision.hidden(), removed, random);
        List<GroupReport> groups = new ArrayList<>();
        List<LearningLink> learning = new ArrayList<>();
        List<List<Comments>> comments = new ArrayList<>();
        KnowledgeDiscriminations discrimination = new KnowledgeDiscriminations(pop, decision.hidden(), minGroupSize);
        ReleaseTrendFigures trend = new ReleaseTrendFigures(pop, decision.hidden());
        List<@Nullable TrendFigures> trends = new ArrayList<>();
        ReleaseThenTestFigures then = new ReleaseThenTestFigures(pop, new ThenTest(pop), decision.hidden());
        List<@Nullable ThenTestFigures> thenTests = new ArrayList<>();
        ReleaseUnlinkedFigures independent = new ReleaseUnlinkedFigures(pop, decision.hidden());
        List<@Nullable UnlinkedFigures> unlinked = new ArrayList<>();
        // the whole programme's figures (as much work as all teams' together) on a second core, meanwhile each team's here
        CompletableFuture<GroupReport> all = CompletableFuture.supplyAsync(() -> figures.group(0));
        List<GroupReport> teams = new ArrayList<>();
        for (int s = 1; s <= pop.teamCount; s++) {
            teams.add(figures.group(s));
        }
        try {
            groups.add(discrimination.attach(all.join()));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        groups.addAll(teams);
        for (int s = 0; s <= pop.teamCount; s++) {
            trends.add(trend.trend(s));
            thenTests.add(then.figures(s));
            unlinked.add(independent.unlinked(s));
            learning.add(figures.learning(s));
            comments.add(written.comments(s));
        }
        List<String> shown = new ArrayList<>(decision.shown());
        shown.addAll(discrimination.shownCells());
        phases.mark("statistics");
        return new Result(List.copyOf(groups), List.copyOf(learning), List.copyOf(comments), List.copyOf(shown),
                decision.hidden().size(), decision.findings(), java.util.Collections.unmodifiableList(trends),
                java.util.Collections.unmodifiableList(thenTests), java.util.Collections.unmodifiableList(unlinked));
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

}
