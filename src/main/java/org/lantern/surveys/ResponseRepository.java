package org.lantern.surveys;

import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.lantern.base.database.QueryShape;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.lantern.db.Tables.ANSWER;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.WAVE;
import static org.lantern.surveys.ResponseStatus.DRAFT;
import static org.lantern.surveys.ResponseStatus.SUBMITTED;

/** jOOQ access to responses and their answers: drafts, submissions, releases and the counts of response rates. */
@Repository
class ResponseRepository {

    private static final Param<Long> PROGRAMME_ID = DSL.param("programmeId", PARTICIPANT.PROGRAMME_ID);
    private static final Param<byte[]> LINK = DSL.param("link", PARTICIPANT.LINK);
    private static final Param<Long> WAVE_ID = DSL.param("waveId", RESPONSE.WAVE_ID);
    private static final Param<Long> RESPONSE_ID = DSL.param("responseId", RESPONSE.ID);
    private static final Param<String> ITEM_KEY = DSL.param("itemKey", ANSWER.ITEM_KEY);
    private static final Param<Integer> NUMBER = DSL.param("number", ANSWER.VALUE_NUMBER);
    private static final Param<String> TEXT = DSL.param("text", ANSWER.VALUE_TEXT);
    private static final Param<Boolean> NOT_APPLICABLE = DSL.param("notApplicable", ANSWER.NOT_APPLICABLE);
    private static final Param<LocalDate> TODAY = DSL.param("today", RESPONSE.UPDATED_AT);
    /** Today's date a second time: each input of a {@link QueryShape} appears once. */
    private static final Param<LocalDate> NOT_UPDATED_ON = DSL.param("notUpdatedOn", RESPONSE.UPDATED_AT);

    private final DSLContext db;
    // what every autosave runs, rendered once
    private final QueryShape<Record3<Long, ResponseStatus, LocalDate>> responseByLink;
    private final QueryShape<Record> saveAnswer;
    private final QueryShape<Record> deleteAnswer;
    private final QueryShape<Record> touch;

    ResponseRepository(DSLContext db) {
        this.db = db;
        this.responseByLink = QueryShape.of(db, db.select(RESPONSE.ID, ResponseStatus.FIELD, RESPONSE.SUBMITTED_AT).from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .where(PARTICIPANT.PROGRAMME_ID.eq(PROGRAMME_ID)).and(PARTICIPANT.LINK.eq(LINK)).and(RESPONSE.WAVE_ID.eq(WAVE_ID)),
                PROGRAMME_ID, LINK, WAVE_ID);
        this.saveAnswer = QueryShape.ofStatement(db, db.insertInto(ANSWER,
                        ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY, ANSWER.VALUE_NUMBER, ANSWER.VALUE_TEXT, ANSWER.NOT_APPLICABLE)
                .values(RESPONSE_ID, ITEM_KEY, NUMBER, TEXT, NOT_APPLICABLE)
                .onConflict(ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY).doUpdate()
                .set(ANSWER.VALUE_NUMBER, DSL.excluded(ANSWER.VALUE_NUMBER)).set(ANSWER.VALUE_TEXT, DSL.excluded(ANSWER.VALUE_TEXT))
                .set(ANSWER.NOT_APPLICABLE, DSL.excluded(ANSWER.NOT_APPLICABLE)),
                RESPONSE_ID, ITEM_KEY, NUMBER, TEXT, NOT_APPLICABLE);
        this.deleteAnswer = QueryShape.ofStatement(db, db.deleteFrom(ANSWER)
                .where(ANSWER.RESPONSE_ID.eq(RESPONSE_ID)).and(ANSWER.ITEM_KEY.eq(ITEM_KEY)), RESPONSE_ID, ITEM_KEY);
        this.touch = QueryShape.ofStatement(db, db.update(RESPONSE).set(RESPONSE.UPDATED_AT, TODAY)
                .where(RESPONSE.ID.eq(RESPONSE_ID)).and(RESPONSE.UPDATED_AT.ne(NOT_UPDATED_ON)), RESPONSE_ID, TODAY, NOT_UPDATED_ON);
    }

    record ResponseRow(long id, boolean submitted, @Nullable LocalDate submittedOn) {
    }

    Optional<ResponseRow> response(long participantId, long waveId) {
        return db.select(RESPONSE.ID, ResponseStatus.FIELD, RESPONSE.SUBMITTED_AT).from(RESPONSE)
                .where(RESPONSE.PARTICIPANT_ID.eq(participantId)).and(RESPONSE.WAVE_ID.eq(waveId))
                .fetchOptional(Records.mapping(ResponseRepository::responseRow));
    }

    /** The response to a wave of the participant with this keyed link in the programme, in one query. */
    Optional<ResponseRow> responseByLink(long programmeId, byte[] link, long waveId) {
        return responseByLink.fetch(db, programmeId, link, waveId).fetchOptional(Records.mapping(ResponseRepository::responseRow));
    }

    private static ResponseRow responseRow(long id, ResponseStatus status, @Nullable LocalDate submittedOn) {
        return new ResponseRow(id, status == SUBMITTED, submittedOn);
    }

    /** Creates the draft if missing (safe when two tabs race) and returns it. */
    ResponseRow draft(long participantId, long waveId, LocalDate today) {
        db.insertInto(RESPONSE, RESPONSE.PARTICIPANT_ID, RESPONSE.WAVE_ID, RESPONSE.STARTED_AT, RESPONSE.UPDATED_AT)
                .values(participantId, waveId, today, today)
                .onConflictDoNothing().execute();
        return response(participantId, waveId).orElseThrow();
    }

    private record AnswerRow(String itemKey, @Nullable Integer number, @Nullable String text, boolean notApplicable) {

        String value() {
            return notApplicable ? SurveyDefinition.NOT_APPLICABLE : number != null ? String.valueOf(number) : text;
        }
    }

    /** A response's answers as text: numbers as digits, "Not applicable" as {@link SurveyDefinition#NOT_APPLICABLE}. */
    Map<String, String> answers(long responseId) {
        Map<String, String> result = new LinkedHashMap<>();
        db.select(ANSWER.ITEM_KEY, ANSWER.VALUE_NUMBER, ANSWER.VALUE_TEXT, ANSWER.NOT_APPLICABLE).from(ANSWER)
                .where(ANSWER.RESPONSE_ID.eq(responseId))
                .fetch(Records.mapping(AnswerRow::new))
                .forEach(a -> result.put(a.itemKey(), a.value()));
        return result;
    }

    /** Saves a number or a text, or (both null) a "Not applicable" answer. */
    void saveAnswer(long responseId, String itemKey, @Nullable Integer number, @Nullable String text, LocalDate today) {
        boolean notApplicable = number == null && text == null;
        saveAnswer.execute(db, responseId, itemKey, number, text, notApplicable);
        touch(responseId, today);
    }

    void deleteAnswer(long responseId, String itemKey, LocalDate today) {
        deleteAnswer.execute(db, responseId, itemKey);
        touch(responseId, today);
    }

    /** Dates only: the row is written at most once a day however often answers autosave. */
    private void touch(long responseId, LocalDate today) {
        touch.execute(db, responseId, today, today);
    }

    /** All submitted responses, every programme: a figure for operators' metrics, with no one's identity. */
    int countSubmitted() {
        return db.fetchCount(RESPONSE, ResponseStatus.FIELD.eq(SUBMITTED));
    }

    /** Marks a draft as submitted; 0 when it was already submitted (double click, second tab). */
    int submit(long responseId, LocalDate today) {
        return db.update(RESPONSE).set(ResponseStatus.FIELD, SUBMITTED).set(RESPONSE.SUBMITTED_AT, today)
                .where(RESPONSE.ID.eq(responseId)).and(ResponseStatus.FIELD.eq(DRAFT)).execute();
    }

    /** Locks the response row for the rest of the transaction. */
    void lock(long responseId) {
        db.select(RESPONSE.ID).from(RESPONSE).where(RESPONSE.ID.eq(responseId)).forUpdate().execute();
    }

    /** Unsubmitted responses untouched since before the day given, every programme; returns how many went. */
    int purgeDrafts(LocalDate untouchedBefore) {
        return db.deleteFrom(RESPONSE).where(ResponseStatus.FIELD.eq(DRAFT)).and(RESPONSE.UPDATED_AT.lt(untouchedBefore)).execute();
    }

    int markReleased(long programmeId, Collection<Long> waveIds, long releaseId) {
        var waves = DSL.select(WAVE.ID).from(WAVE).where(WAVE.PROGRAMME_ID.eq(programmeId)).and(WAVE.ID.in(waveIds));
        // a wave's first release: every response submitted to it so far, marked once on the wave (see ReleaseMark)
        int first = db.update(WAVE).set(WAVE.RELEASED_IN, releaseId)
                .where(WAVE.ID.in(waves)).and(WAVE.RELEASED_IN.isNull())
                .execute();
        // responses that arrived after their wave's first release, one by one
        int late = db.update(RESPONSE).set(RESPONSE.RELEASED, true).set(RESPONSE.RELEASED_IN, releaseId)
                .where(RESPONSE.WAVE_ID.in(waves))
                .and(RESPONSE.LATE.isTrue()).and(RESPONSE.RELEASED.isFalse())
                .execute();
        return first + late;
    }

    /** Unsubmitted responses of a programme; returns how many went. */
    int deleteDrafts(long programmeId) {
        return db.deleteFrom(RESPONSE).where(ResponseStatus.FIELD.eq(DRAFT))
                .and(RESPONSE.WAVE_ID.in(DSL.select(WAVE.ID).from(WAVE).where(WAVE.PROGRAMME_ID.eq(programmeId))))
                .execute();
    }

    // --- counts for response rates -------------------------------------------------------------

    private record TeamWaveCount(long teamId, long waveId, int count) {
    }

    /** Submitted responses per team and wave of a programme. */
    Map<Long, Map<Long, Integer>> submittedCounts(long programmeId) {
        Map<Long, Map<Long, Integer>> result = new HashMap<>();
        db.select(PARTICIPANT.TEAM_ID, RESPONSE.WAVE_ID, DSL.count()).from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(ResponseStatus.FIELD.eq(SUBMITTED))
                .and(PARTICIPANT.CODE.isNotNull()) // forms without a code are not people who can be counted or reminded
                .groupBy(PARTICIPANT.TEAM_ID, RESPONSE.WAVE_ID)
                .fetch(Records.mapping(TeamWaveCount::new))
                .forEach(c -> result.computeIfAbsent(c.teamId(), k -> new HashMap<>()).put(c.waveId(), c.count()));
        return result;
    }

    private record TeamCount(long teamId, int count) {
    }

    /** Participants per team of a programme (anyone who has started or imported a response with a code). */
    Map<Long, Integer> participantCounts(long programmeId) {
        Map<Long, Integer> result = new HashMap<>();
        db.select(PARTICIPANT.TEAM_ID, DSL.count()).from(PARTICIPANT).where(PARTICIPANT.PROGRAMME_ID.eq(programmeId))
                .and(PARTICIPANT.CODE.isNotNull())
                .groupBy(PARTICIPANT.TEAM_ID)
                .fetch(Records.mapping(TeamCount::new))
                .forEach(c -> result.put(c.teamId(), c.count()));
        return result;
    }
}
