package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.surveys.EvaluationData;
import org.lantern.surveys.SurveyDefinition.Item;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

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
        KnowledgeDiscriminations discrimination = new KnowledgeDiscriminations(pop, decision.hidden(), minGroupSize);
        ReleaseTrendFigures trend = new ReleaseTrendFigures(pop, decision.hidden());
        ReleaseThenTestFigures then = new ReleaseThenTestFigures(pop, new ThenTest(pop), decision.hidden());
        ReleaseUnlinkedFigures independent = new ReleaseUnlinkedFigures(pop, decision.hidden());
        int scopes = pop.teamCount + 1;
        GroupReport[] groups = new GroupReport[scopes];
        LearningLink[] learning = new LearningLink[scopes];
        @Nullable TrendFigures[] trends = new TrendFigures[scopes];
        @Nullable ThenTestFigures[] thenTests = new ThenTestFigures[scopes];
        @Nullable UnlinkedFigures[] unlinked = new UnlinkedFigures[scopes];
        // each scope's figures depend on nothing but the data, so they are worked out on every core, the whole
        // programme's (as much work as all teams' together) first; the same figures, whichever core works them out
        List<Runnable> work = new ArrayList<>();
        for (int s = 0; s < scopes; s++) {
            int scope = s;
            work.add(() -> groups[scope] = figures.group(scope));
            work.add(() -> trends[scope] = trend.trend(scope));
            work.add(() -> thenTests[scope] = then.figures(scope));
            work.add(() -> unlinked[scope] = independent.unlinked(scope));
            work.add(() -> learning[scope] = figures.learning(scope));
        }
        onEveryCore(work);
        groups[0] = discrimination.attach(groups[0]);
        // what people wrote, in order: the comments draw random numbers
        List<List<Comments>> comments = new ArrayList<>();
        for (int s = 0; s < scopes; s++) {
            comments.add(written.comments(s));
        }
        List<String> shown = new ArrayList<>(decision.shown());
        shown.addAll(discrimination.shownCells());
        phases.mark("statistics");
        return new Result(List.of(groups), List.of(learning), List.copyOf(comments), List.copyOf(shown),
                decision.hidden().size(), decision.findings(), java.util.Collections.unmodifiableList(Arrays.asList(trends)),
                java.util.Collections.unmodifiableList(Arrays.asList(thenTests)), java.util.Collections.unmodifiableList(Arrays.asList(unlinked)));
    }

    /**
     * Runs the work on the calling thread and on every thread of the common fork-join pool (one more on two
     * cores), each taking the next piece in turn, so the biggest pieces, put first, start first.
     */
    private static void onEveryCore(List<Runnable> work) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < work.size(); i = next.getAndIncrement()) {
                work.get(i).run();
            }
        };
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int t = 0; t < ForkJoinPool.getCommonPoolParallelism(); t++) {
            others.add(CompletableFuture.runAsync(worker));
        }
        worker.run();
        try {
            CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
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

}
