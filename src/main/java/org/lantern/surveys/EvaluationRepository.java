package org.lantern.surveys;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.lantern.base.database.BinaryCopy;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.lantern.db.Tables.ANSWER;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.SURVEY_IMPORT;
import static org.lantern.db.Tables.WAVE;

/**
 * Read-only queries behind {@link EvaluationData}: a programme's submitted responses, aggregated per
 * response in PostgreSQL so that a million answers come back as one row per response.
 */
@Repository
@RequiredArgsConstructor
class EvaluationRepository {

    private final DSLContext db;

    /** The same queries on another connection (see {@link org.lantern.base.database.SnapshotReads}). */
    EvaluationRepository on(DSLContext other) {
        return new EvaluationRepository(other);
    }

    /** One submitted response with its participant's team: its agree/disagree answers come apart ({@link #submitted}). */
    record ResponseRow(long responseId, long participantId, long teamId, long waveId, @Nullable Long importId,
                       @Nullable Long releasedIn, boolean unlinked) {
    }

    /**
     * The question keys in the order the database sorts them (its collation), joined by commas: the order in which
     * {@link #submitted} finds a response's answers when they are to exactly these questions.
     */
    String keyOrder(List<String> itemKeys) {
        Field<String> order = DSL.field("string_agg(k, ',' ORDER BY k)", String.class);
        return db.select(order)
                .from(DSL.table("unnest({0}) AS t(k)", DSL.val(itemKeys.toArray(String[]::new))))
                .fetchSingle(order);
    }

    /**
     * Every submitted response of the programme to one wave, in response id order, with its agree/disagree answers:
     * per response × question ({@code r * likertKeys.size() + i}) the answer as given, or {@link EvaluationData#MISSING}.
     * Answers to other questions (then-test versions, questions no longer in the survey) are left out. One query reads
     * the responses and their answers, so both come from the same rows: each response's answers are gathered from the
     * answer key index alone (which carries the value) in key order, as an {@code integer[]} with their keys joined by
     * commas, null when they are exactly {@code keyOrder} (the usual case). The rows come as PostgreSQL's binary copy,
     * read straight into the array: no text to parse for ten million numbers.
     *
     * @param keyOrder {@link #keyOrder} of {@code likertKeys}
     */
    EvaluationRows.WaveRows submitted(long programmeId, long waveId, List<String> likertKeys, String keyOrder) {
        int items = likertKeys.size();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < items; i++) {
            position.put(likertKeys.get(i), i);
        }
        int[] inKeyOrder = items == 0 ? new int[0] : positions(keyOrder, position);
        Map<String, int[]> byKeys = new HashMap<>();
        var given = DSL.lateral(DSL.select(
                        DSL.field("array_agg({0} ORDER BY {1})", Integer[].class, ANSWER.VALUE_NUMBER, ANSWER.ITEM_KEY).as("v"),
                        DSL.field("string_agg({0}, ',' ORDER BY {0})", String.class, ANSWER.ITEM_KEY).as("k"))
                .from(ANSWER)
                .where(ANSWER.RESPONSE_ID.eq(RESPONSE.ID)).and(ANSWER.VALUE_NUMBER.isNotNull())).as("x");
        String query = db.renderInlined(db.select(RESPONSE.ID, RESPONSE.PARTICIPANT_ID, PARTICIPANT.TEAM_ID, RESPONSE.IMPORT_ID,
                        ReleaseMark.RELEASED_IN, DSL.field(PARTICIPANT.CODE.isNull()), given.field("v"),
                        DSL.nullif(given.field("k", String.class), DSL.val(keyOrder)))
                .from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .join(WAVE).on(WAVE.ID.eq(RESPONSE.WAVE_ID))
                .crossJoin(given)
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(RESPONSE.WAVE_ID.eq(waveId))
                .and(ResponseStatus.FIELD.eq(ResponseStatus.SUBMITTED))
                .orderBy(RESPONSE.ID));
        List<ResponseRow> responses = new ArrayList<>();
        int[][] answers = {new int[1024 * items]};
        db.connection(c -> {
            try (BinaryCopy copy = new BinaryCopy(c.unwrap(PGConnection.class), "COPY (" + query + ") TO STDOUT (FORMAT binary)")) {
                while (copy.next()) {
                    int row = responses.size();
                    responses.add(new ResponseRow(copy.int8(), copy.int8(), copy.int8(), waveId, copy.nullableInt8(), copy.nullableInt8(),
                            copy.bool()));
                    if ((row + 1) * items > answers[0].length) {
                        answers[0] = Arrays.copyOf(answers[0], 2 * answers[0].length);
                    }
                    Arrays.fill(answers[0], row * items, (row + 1) * items, EvaluationData.MISSING);
                    int[] values = copy.int4Array();
                    String keys = copy.text();
                    if (values == null) { // no answers with a number
                        continue;
                    }
                    int[] at = keys == null ? inKeyOrder : byKeys.computeIfAbsent(keys, k -> positions(k, position));
                    for (int j = 0; j < values.length; j++) {
                        if (at[j] >= 0) {
                            answers[0][row * items + at[j]] = values[j];
                        }
                    }
                }
            }
        });
        return new EvaluationRows.WaveRows(List.copyOf(responses), Arrays.copyOf(answers[0], responses.size() * items));
    }

    /** The positions in the survey of the questions whose keys are joined by commas, -1 for those not in it. */
    private static int[] positions(String keys, Map<String, Integer> position) {
        return Arrays.stream(keys.split(",")).mapToInt(k -> position.getOrDefault(k, -1)).toArray();
    }

    /** A then-test answer on the scale of a submitted response, by its question's own key. */
    record ThenTestRow(long responseId, String itemKey, int value) {
    }

    /** The programme's then-test answers on the scale ({@code <key>.then}) in submitted responses. */
    List<ThenTestRow> thenTestAnswers(long programmeId) {
        Field<String> item = DSL.field("left({0}, -length({1}))", String.class, ANSWER.ITEM_KEY,
                DSL.val(SurveyDefinition.THEN_TEST_SUFFIX));
        return db.select(ANSWER.RESPONSE_ID, item, ANSWER.VALUE_NUMBER)
                .from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .join(ANSWER).on(ANSWER.RESPONSE_ID.eq(RESPONSE.ID))
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(ResponseStatus.FIELD.eq(ResponseStatus.SUBMITTED))
                .and(ANSWER.ITEM_KEY.endsWith(SurveyDefinition.THEN_TEST_SUFFIX)).and(ANSWER.VALUE_NUMBER.isNotNull())
                .fetch(Records.mapping(ThenTestRow::new));
    }

    /**
     * A submitted response's knowledge (choice) answers: for each, its 1-based position in the list of
     * codes given to {@link #choiceAnswers} (0 when it matches none), joined by commas.
     */
    record ChoiceRow(long responseId, String codes) {
    }

    /**
     * The programme's knowledge answers, one row per submitted response, each answer coded in PostgreSQL as
     * its position in {@code codes}: the question key, the unit separator (U+001F) and the option as
     * {@code lower(btrim(...))} makes it. A million answers come back as a few hundred thousand short rows.
     * An answer written exactly as an option is found in {@code exact} (the same positions, the key, the separator and
     * the option as written), without lower-casing and trimming it: most answers are, and that is most of the work.
     */
    List<ChoiceRow> choiceAnswers(long programmeId, Collection<String> itemKeys, List<String> exact, List<String> codes) {
        if (itemKeys.isEmpty()) {
            return List.of();
        }
        Field<String> key = DSL.field("{0} || chr(31)", String.class, ANSWER.ITEM_KEY);
        Field<String> coded = DSL.field("string_agg(coalesce(array_position({0}, {1} || {2}), array_position({3}, {1} || lower(btrim({2}))), 0)::text, ',')",
                String.class, DSL.val(exact.toArray(String[]::new)), key, ANSWER.VALUE_TEXT, DSL.val(codes.toArray(String[]::new)));
        return db.select(ANSWER.RESPONSE_ID, coded)
                .from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .join(ANSWER).on(ANSWER.RESPONSE_ID.eq(RESPONSE.ID))
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(ResponseStatus.FIELD.eq(ResponseStatus.SUBMITTED))
                .and(ANSWER.ITEM_KEY.in(itemKeys)).and(ANSWER.VALUE_TEXT.isNotNull())
                .groupBy(ANSWER.RESPONSE_ID)
                .fetch(Records.mapping(ChoiceRow::new));
    }

    /** A text answer (knowledge option or free text) of a submitted response. */
    record TextRow(long responseId, String itemKey, String text) {
    }

    /** The text answers to the given questions in the programme's submitted responses (blank ones left out). */
    List<TextRow> textAnswers(long programmeId, Collection<String> itemKeys) {
        if (itemKeys.isEmpty()) {
            return List.of();
        }
        return db.select(ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY, ANSWER.VALUE_TEXT)
                .from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .join(ANSWER).on(ANSWER.RESPONSE_ID.eq(RESPONSE.ID))
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(ResponseStatus.FIELD.eq(ResponseStatus.SUBMITTED))
                .and(ANSWER.ITEM_KEY.in(itemKeys)).and(ANSWER.VALUE_TEXT.isNotNull()).and(DSL.trim(ANSWER.VALUE_TEXT).ne(""))
                .fetch(Records.mapping(TextRow::new));
    }

    /** A "Not applicable" answer of a submitted response. */
    record NotApplicableRow(long responseId, String itemKey) {
    }

    /** The programme's "Not applicable" answers in submitted responses (they carry no number, so the likert read skips them). */
    List<NotApplicableRow> notApplicableAnswers(long programmeId) {
        return db.select(ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY)
                .from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .join(ANSWER).on(ANSWER.RESPONSE_ID.eq(RESPONSE.ID))
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(ResponseStatus.FIELD.eq(ResponseStatus.SUBMITTED))
                .and(ANSWER.NOT_APPLICABLE.isTrue())
                .fetch(Records.mapping(NotApplicableRow::new));
    }

    /**
     * Submitted responses to the given waves that no release up to {@code releaseId} included (all, for 0),
     * and how many participants they come from.
     */
    int[] submittedSince(long programmeId, Collection<Long> waveIds, long releaseId) {
        return db.select(DSL.count(), DSL.countDistinct(RESPONSE.PARTICIPANT_ID)).from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .join(WAVE).on(WAVE.ID.eq(RESPONSE.WAVE_ID))
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(RESPONSE.WAVE_ID.in(waveIds))
                .and(ResponseStatus.FIELD.eq(ResponseStatus.SUBMITTED))
                .and(ReleaseMark.RELEASED_IN.isNull().or(ReleaseMark.RELEASED_IN.gt(releaseId)))
                .fetchSingle(Records.mapping((responses, participants) -> new int[]{responses, participants}));
    }

    /** The programme's imports of paper responses, oldest first. */
    List<EvaluationData.ImportBatch> imports(long programmeId) {
        return db.select(SURVEY_IMPORT.ID, SURVEY_IMPORT.IMPORTED_BY_NAME, SURVEY_IMPORT.IMPORTED_BY, SURVEY_IMPORT.IMPORTED_ON,
                        SURVEY_IMPORT.RESPONSES)
                .from(SURVEY_IMPORT).where(SURVEY_IMPORT.PROGRAMME_ID.eq(programmeId)).orderBy(SURVEY_IMPORT.ID)
                .fetch(Records.mapping(EvaluationData.ImportBatch::new));
    }

    /**
     * Per team: the programme's participants (everyone who has started answering or was imported with a code;
     * responses without a code may be the same people at two waves, so they are not counted as people).
     */
    Map<Long, Integer> participantCounts(long programmeId) {
        Field<Integer> count = DSL.count();
        return db.select(PARTICIPANT.TEAM_ID, count).from(PARTICIPANT).where(PARTICIPANT.PROGRAMME_ID.eq(programmeId))
                .and(PARTICIPANT.CODE.isNotNull())
                .groupBy(PARTICIPANT.TEAM_ID)
                .fetchMap(PARTICIPANT.TEAM_ID, count);
    }
}
