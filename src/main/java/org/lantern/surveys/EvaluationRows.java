package org.lantern.surveys;

import org.jooq.DSLContext;
import org.lantern.base.database.SnapshotReads;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A programme's submitted responses and answers as the database hands them over, read side by side on
 * several connections in one snapshot ({@link SnapshotReads}): each wave's responses with their agree/disagree
 * answers (the biggest reads, started first), then the knowledge, written, "Not applicable" and then-test answers.
 */
record EvaluationRows(List<WaveRows> waves, List<EvaluationRepository.ChoiceRow> choices,
                      List<EvaluationRepository.TextRow> texts, List<EvaluationRepository.NotApplicableRow> notApplicable,
                      List<EvaluationRepository.ThenTestRow> thenTest) {

    /**
     * One wave's submitted responses, in response id order, and their agree/disagree answers.
     *
     * @param likert per response × likert item, in survey order ({@code r * items + i}): the answer as given, or
     *               {@link EvaluationData#MISSING}
     */
    record WaveRows(List<EvaluationRepository.ResponseRow> responses, int[] likert) {
    }

    /** One connection more than the cores, so that no core waits while a connection takes in rows. */
    private static final int CONNECTIONS = Runtime.getRuntime().availableProcessors() + 1;

    static EvaluationRows read(EvaluationRepository repository, SnapshotReads reads, Programme programme, List<String> likertKeys, String keyOrder,
                               List<String> choiceKeys, List<String> exact, List<String> codes, List<String> textKeys, boolean thenTest) {
        long id = programme.id();
        List<Function<DSLContext, Object>> queries = new ArrayList<>();
        for (Programme.Wave wave : programme.waves()) {
            queries.add(on -> repository.on(on).submitted(id, wave.id(), likertKeys, keyOrder));
        }
        queries.add(on -> repository.on(on).choiceAnswers(id, choiceKeys, exact, codes));
        queries.add(on -> repository.on(on).textAnswers(id, textKeys));
        queries.add(on -> repository.on(on).notApplicableAnswers(id));
        queries.add(on -> thenTest ? repository.on(on).thenTestAnswers(id) : List.of());
        List<Object> read = reads.run(queries, CONNECTIONS);
        int waves = programme.waves().size();
        List<WaveRows> rows = new ArrayList<>();
        for (int w = 0; w < waves; w++) {
            rows.add((WaveRows) read.get(w));
        }
        return new EvaluationRows(List.copyOf(rows), rows(read.get(waves)), rows(read.get(waves + 1)), rows(read.get(waves + 2)),
                rows(read.get(waves + 3)));
    }

    /** A result the reads returned, as the rows its query returns. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(Object read) {
        return (List<T>) read;
    }
}
