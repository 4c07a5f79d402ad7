package org.lantern.surveys;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
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
@RequiredArgsConstructor
class ResponseRepository {

    private final DSLContext db;

    record ResponseRow(long id, boolean submitted, @Nullable LocalDate submittedOn) {
    }

    Optional<ResponseRow> response(long participantId, long waveId) {
        return db.select(RESPONSE.ID, ResponseStatus.FIELD, RESPONSE.SUBMITTED_AT).from(RESPONSE)
                .where(RESPONSE.PARTICIPANT_ID.eq(participantId)).and(RESPONSE.WAVE_ID.eq(waveId))
                .fetchOptional(Records.mapping(ResponseRepository::responseRow));
    }

    /** The response to a wave of the participant with this keyed link in the programme, in one query. */
    Optional<ResponseRow> responseByLink(long programmeId, byte[] link, long waveId) {
        return db.select(RESPONSE.ID, ResponseStatus.FIELD, RESPONSE.SUBMITTED_AT).from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(PARTICIPANT.LINK.eq(link)).and(RESPONSE.WAVE_ID.eq(waveId))
                .fetchOptional(Records.mapping(ResponseRepository::responseRow));
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
        db.insertInto(ANSWER, ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY, ANSWER.VALUE_NUMBER, ANSWER.VALUE_TEXT, ANSWER.NOT_APPLICABLE)
                .values(responseId, itemKey, number, text, notApplicable)
                .onConflict(ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY).doUpdate()
                .set(ANSWER.VALUE_NUMBER, number).set(ANSWER.VALUE_TEXT, text).set(ANSWER.NOT_APPLICABLE, notApplicable).execute();
        touch(responseId, today);
    }

    void deleteAnswer(long responseId, String itemKey, LocalDate today) {
        db.deleteFrom(ANSWER).where(ANSWER.RESPONSE_ID.eq(responseId)).and(ANSWER.ITEM_KEY.eq(itemKey)).execute();
        touch(responseId, today);
    }

    /** Dates only: the row is written at most once a day however often answers autosave. */
    private void touch(long responseId, LocalDate today) {
        db.update(RESPONSE).set(RESPONSE.UPDATED_AT, today).where(RESPONSE.ID.eq(responseId))
                .and(RESPONSE.UPDATED_AT.ne(today)).execute();
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
