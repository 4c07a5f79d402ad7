package org.lantern.surveys;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.lantern.db.Tables.ANSWER;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.PARTICIPANT_LINK;
import static org.lantern.db.Tables.PROGRAMME;
import static org.lantern.db.Tables.PROGRAMME_TEAM;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.TEAM;
import static org.lantern.db.Tables.WAVE;

/** jOOQ access to programmes, pseudonymous participants and their responses. */
@Repository
class SurveyRepository {

    private final DSLContext db;

    SurveyRepository(DSLContext db) {
        this.db = db;
    }

    DSLContext db() {
        return db;
    }

    // --- programmes -----------------------------------------------------------------------

    long insertProgramme(String key, String title, String surveyKey, Long createdBy) {
        return db.insertInto(PROGRAMME, PROGRAMME.KEY, PROGRAMME.TITLE, PROGRAMME.SURVEY_KEY, PROGRAMME.CREATED_BY)
                .values(key, title, surveyKey, createdBy).returning(PROGRAMME.ID).fetchOne(PROGRAMME.ID);
    }

    boolean programmeExists(String key) {
        return db.fetchExists(PROGRAMME, PROGRAMME.KEY.eq(key));
    }

    void addTeam(long programmeId, long teamId) {
        db.insertInto(PROGRAMME_TEAM, PROGRAMME_TEAM.PROGRAMME_ID, PROGRAMME_TEAM.TEAM_ID).values(programmeId, teamId)
                .onConflictDoNothing().execute();
    }

    void insertWave(long programmeId, String key, int position, LocalDate opens, LocalDate closes) {
        db.insertInto(WAVE, WAVE.PROGRAMME_ID, WAVE.KEY, WAVE.POSITION, WAVE.OPENS, WAVE.CLOSES)
                .values(programmeId, key, position, opens, closes).execute();
    }

    List<Programme> programmes() {
        return load(DSL.noCondition());
    }

    Optional<Programme> programme(String key) {
        return load(PROGRAMME.KEY.eq(key)).stream().findFirst();
    }

    private List<Programme> load(org.jooq.Condition condition) {
        Map<Long, org.jooq.Record4<Long, String, String, String>> rows = new LinkedHashMap<>();
        db.select(PROGRAMME.ID, PROGRAMME.KEY, PROGRAMME.TITLE, PROGRAMME.SURVEY_KEY).from(PROGRAMME).where(condition)
                .orderBy(PROGRAMME.CREATED_AT.desc(), PROGRAMME.ID.desc())
                .forEach(r -> rows.put(r.value1(), r));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Programme.TeamRef>> teams = new HashMap<>();
        db.select(PROGRAMME_TEAM.PROGRAMME_ID, TEAM.ID, TEAM.NAME).from(PROGRAMME_TEAM).join(TEAM).on(TEAM.ID.eq(PROGRAMME_TEAM.TEAM_ID))
                .where(PROGRAMME_TEAM.PROGRAMME_ID.in(rows.keySet())).orderBy(TEAM.NAME)
                .forEach(r -> teams.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new Programme.TeamRef(r.value2(), r.value3())));
        Map<Long, List<Programme.Wave>> waves = new HashMap<>();
        db.selectFrom(WAVE).where(WAVE.PROGRAMME_ID.in(rows.keySet())).orderBy(WAVE.POSITION)
                .forEach(w -> waves.computeIfAbsent(w.getProgrammeId(), k -> new ArrayList<>())
                        .add(new Programme.Wave(w.getId(), w.getKey(), w.getPosition(), w.getOpens(), w.getCloses())));
        List<Programme> result = new ArrayList<>();
        rows.forEach((id, r) -> result.add(new Programme(id, r.value2(), r.value3(), r.value4(),
                List.copyOf(teams.getOrDefault(id, List.of())), List.copyOf(waves.getOrDefault(id, List.of())))));
        return result;
    }

    // --- participants and the account link ---------------------------------------------------

    /** The participant linked to an account in a programme, if any. */
    Optional<Long> linkedParticipant(long programmeId, long accountId) {
        return db.select(PARTICIPANT_LINK.PARTICIPANT_ID).from(PARTICIPANT_LINK)
                .where(PARTICIPANT_LINK.PROGRAMME_ID.eq(programmeId)).and(PARTICIPANT_LINK.ACCOUNT_ID.eq(accountId))
                .fetchOptional(PARTICIPANT_LINK.PARTICIPANT_ID);
    }

    long insertParticipant(long programmeId, String code, long teamId) {
        return db.insertInto(PARTICIPANT, PARTICIPANT.PROGRAMME_ID, PARTICIPANT.CODE, PARTICIPANT.TEAM_ID)
                .values(programmeId, code, teamId).returning(PARTICIPANT.ID).fetchOne(PARTICIPANT.ID);
    }

    /** Links an account to a new participant; false when another request linked one first. */
    boolean link(long participantId, long programmeId, long accountId) {
        return db.insertInto(PARTICIPANT_LINK, PARTICIPANT_LINK.PARTICIPANT_ID, PARTICIPANT_LINK.PROGRAMME_ID, PARTICIPANT_LINK.ACCOUNT_ID)
                .values(participantId, programmeId, accountId).onConflictDoNothing().execute() == 1;
    }

    void deleteParticipant(long participantId) {
        db.deleteFrom(PARTICIPANT).where(PARTICIPANT.ID.eq(participantId)).execute();
    }

    // --- responses ---------------------------------------------------------------------------

    record ResponseRow(long id, String status, Instant submittedAt) {
    }

    Optional<ResponseRow> response(long participantId, long waveId) {
        return db.select(RESPONSE.ID, RESPONSE.STATUS, RESPONSE.SUBMITTED_AT).from(RESPONSE)
                .where(RESPONSE.PARTICIPANT_ID.eq(participantId)).and(RESPONSE.WAVE_ID.eq(waveId))
                .fetchOptional(r -> new ResponseRow(r.value1(), r.value2(), r.value3() == null ? null : r.value3().toInstant()));
    }

    /** Creates the draft if missing (safe when two tabs race) and returns it. */
    ResponseRow draft(long participantId, long waveId) {
        db.insertInto(RESPONSE, RESPONSE.PARTICIPANT_ID, RESPONSE.WAVE_ID).values(participantId, waveId)
                .onConflictDoNothing().execute();
        return response(participantId, waveId).orElseThrow();
    }

    Map<String, String> answers(long responseId) {
        Map<String, String> result = new LinkedHashMap<>();
        db.select(ANSWER.ITEM_KEY, ANSWER.VALUE_NUMBER, ANSWER.VALUE_TEXT).from(ANSWER).where(ANSWER.RESPONSE_ID.eq(responseId))
                .forEach(r -> result.put(r.value1(), r.value2() != null ? String.valueOf(r.value2()) : r.value3()));
        return result;
    }

    void saveAnswer(long responseId, String itemKey, Integer number, String text) {
        db.insertInto(ANSWER, ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY, ANSWER.VALUE_NUMBER, ANSWER.VALUE_TEXT)
                .values(responseId, itemKey, number, text)
                .onConflict(ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY).doUpdate()
                .set(ANSWER.VALUE_NUMBER, number).set(ANSWER.VALUE_TEXT, text).execute();
        touch(responseId);
    }

    void deleteAnswer(long responseId, String itemKey) {
        db.deleteFrom(ANSWER).where(ANSWER.RESPONSE_ID.eq(responseId)).and(ANSWER.ITEM_KEY.eq(itemKey)).execute();
        touch(responseId);
    }

    private void touch(long responseId) {
        db.update(RESPONSE).set(RESPONSE.UPDATED_AT, OffsetDateTime.now()).where(RESPONSE.ID.eq(responseId)).execute();
    }

    /** All submitted responses, every programme: a figure for operators' metrics, with no one's identity. */
    int countSubmitted() {
        return db.fetchCount(RESPONSE, RESPONSE.STATUS.eq("submitted"));
    }

    /** Marks a draft as submitted; 0 when it was already submitted (double click, second tab). */
    int submit(long responseId, Instant at) {
        return db.update(RESPONSE).set(RESPONSE.STATUS, "submitted").set(RESPONSE.SUBMITTED_AT, at.atOffset(ZoneOffset.UTC))
                .where(RESPONSE.ID.eq(responseId)).and(RESPONSE.STATUS.eq("draft")).execute();
    }

    /** Locks the response row for the rest of the transaction. */
    void lock(long responseId) {
        db.select(RESPONSE.ID).from(RESPONSE).where(RESPONSE.ID.eq(responseId)).forUpdate().execute();
    }

    // --- counts for response rates -------------------------------------------------------------

    /** Submitted responses per team and wave of a programme. */
    Map<Long, Map<Long, Integer>> submittedCounts(long programmeId) {
        Map<Long, Map<Long, Integer>> result = new HashMap<>();
        db.select(PARTICIPANT.TEAM_ID, RESPONSE.WAVE_ID, DSL.count()).from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(RESPONSE.STATUS.eq("submitted"))
                .groupBy(PARTICIPANT.TEAM_ID, RESPONSE.WAVE_ID)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return result;
    }

    /** Participants per team of a programme (anyone who has started or imported a response). */
    Map<Long, Integer> participantCounts(long programmeId) {
        Map<Long, Integer> result = new HashMap<>();
        db.select(PARTICIPANT.TEAM_ID, DSL.count()).from(PARTICIPANT).where(PARTICIPANT.PROGRAMME_ID.eq(programmeId))
                .groupBy(PARTICIPANT.TEAM_ID).forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    /** Accounts (of the given ones) that have submitted a wave: used only for "not yet responded" reminders. */
    java.util.Set<Long> accountsThatSubmitted(long programmeId, long waveId, Collection<Long> accountIds) {
        return new java.util.HashSet<>(db.select(PARTICIPANT_LINK.ACCOUNT_ID).from(PARTICIPANT_LINK)
                .join(RESPONSE).on(RESPONSE.PARTICIPANT_ID.eq(PARTICIPANT_LINK.PARTICIPANT_ID))
                .where(PARTICIPANT_LINK.PROGRAMME_ID.eq(programmeId)).and(RESPONSE.WAVE_ID.eq(waveId))
                .and(RESPONSE.STATUS.eq("submitted")).and(PARTICIPANT_LINK.ACCOUNT_ID.in(accountIds))
                .fetch(PARTICIPANT_LINK.ACCOUNT_ID));
    }
}
