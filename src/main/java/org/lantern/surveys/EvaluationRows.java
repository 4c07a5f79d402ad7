package org.lantern.surveys;

import org.jooq.DSLContext;
import org.lantern.base.database.SnapshotReads;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A programme's submitted responses and answers as the database hands them over, read side by side on
 * several connections in one snapshot ({@link SnapshotReads}): the responses wave by wave (the biggest
 * reads, started first), then the knowledge, written, "Not applicable" and then-test answers.
 */
record EvaluationRows(List<EvaluationRepository.ResponseRow> responses, List<EvaluationRepository.ChoiceRow> choices,
                      List<EvaluationRepository.TextRow> texts, List<EvaluationRepository.NotApplicableRow> notApplicable,
                      List<EvaluationRepository.ThenTestRow> thenTest) {

    /** One connection more than the cores, so that no core waits while a connection takes in rows. */
    private static final int CONNECTIONS = Runtime.getRuntime().availableProcessors() + 1;

    static EvaluationRows read(EvaluationRepository repository, SnapshotReads reads, Programme programme, String keyOrder,
                               List<String> choiceKeys, List<String> codes, List<String> textKeys, boolean thenTest) {
        long id = programme.id();
        List<Function<DSLContext, List<?>>> queries = new ArrayList<>();
        for (Programme.Wave wave : programme.waves()) {
            queries.add(on -> repository.on(on).submittedResponses(id, wave.id(), keyOrder));
        }
        queries.add(on -> repository.on(on).choiceAnswers(id, choiceKeys, codes));
        queries.add(on -> repository.on(on).textAnswers(id, textKeys));
        queries.add(on -> repository.on(on).notApplicableAnswers(id));
        queries.add(on -> thenTest ? repository.on(on).thenTestAnswers(id) : List.of());
        List<List<?>> read = reads.run(queries, CONNECTIONS);
        int waves = programme.waves().size();
        List<EvaluationRepository.ResponseRow> responses = new ArrayList<>();
        for (int w = 0; w < waves; w++) {
            responses.addAll(rows(read.get(w)));
        }
        return new EvaluationRows(responses, rows(read.get(waves)), rows(read.get(waves + 1)), rows(read.get(waves + 2)),
                rows(read.get(waves + 3)));
    }

    /** A list the reads returned, as the rows its query returns. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(List<?> read) {
        return (List<T>) read;
    }
}
