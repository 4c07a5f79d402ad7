package org.lantern.surveys;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.lantern.db.Tables.ANSWER;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.PROGRAMME;
import static org.lantern.db.Tables.PROGRAMME_TEAM;
import static org.lantern.db.Tables.PSEUDONYM_KEY_FINGERPRINT;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.SURVEY_IMPORT;
import static org.lantern.db.Tables.TEAM;
import static org.lantern.db.Tables.WAVE;

/** jOOQ access to programmes, pseudonymous participants and their responses. */
@Repository
class SurveyRepository {

    static final String DRAFT = "draft";
    static final String SUBMITTED = "submitted";
    /** First key of Lantern's two-part advisory locks on programmes (PostgreSQL keeps two-part keys apart from one-part ones). */
    private static final int LOCK_SPACE_PROGRAMME = 11_001;
    private static final int LOCK_SPACE_KEY = 11_002;

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
        Map<Long, org.jooq.Record5<Long, String, String, String, LocalDate>> rows = new LinkedHashMap<>();
        db.select(PROGRAMME.ID, PROGRAMME.KEY, PROGRAMME.TITLE, PROGRAMME.SURVEY_KEY, PROGRAMME.ARCHIVED_ON).from(PROGRAMME).where(condition)
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
                List.copyOf(teams.getOrDefault(id, List.of())), List.copyOf(waves.getOrDefault(id, List.of())), r.value5())));
        return result;
    }

    // --- participants and their keyed links ----------------------------------------------------

    /** The participant whose keyed link in a programme is this one, if any. */
    Optional<Long> participantByLink(long programmeId, byte[] link) {
        return db.select(PARTICIPANT.ID).from(PARTICIPANT)
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(PARTICIPANT.LINK.eq(link))
                .fetchOptional(PARTICIPANT.ID);
    }

    /**
     * Creates a participant carrying a keyed link; empty when another request created the participant
     * with the same link first (two tabs at once), which then waits for that request to commit.
     */
    Optional<Long> insertLinkedParticipant(long programmeId, String code, long teamId, byte[] link) {
        return db.insertInto(PARTICIPANT, PARTICIPANT.PROGRAMME_ID, PARTICIPANT.CODE, PARTICIPANT.TEAM_ID, PARTICIPANT.LINK)
                .values(programmeId, code, teamId, link)
                .onConflict(PARTICIPANT.PROGRAMME_ID, PARTICIPANT.LINK).doNothing()
                .returning(PARTICIPANT.ID).fetchOptional(PARTICIPANT.ID);
    }

    /** Every participant with a link in the programme: id to link (for the training groups of reports). */
    Map<Long, byte[]> links(long programmeId) {
        Map<Long, byte[]> links = new HashMap<>();
        db.select(PARTICIPANT.ID, PARTICIPANT.LINK).from(PARTICIPANT)
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(PARTICIPANT.LINK.isNotNull())
                .forEach(r -> links.put(r.value1(), r.value2()));
        return links;
    }

    /** A participant found through a person's own links, with what "Download my data" shows about it. */
    record LinkedParticipant(long id, String programmeKey, String programmeTitle, String surveyKey, String code, String team) {
    }

    /** The participants with these links, one link per programme (programme id to link). */
    List<LinkedParticipant> linkedParticipants(Map<Long, byte[]> linkByProgramme) {
        if (linkByProgramme.isEmpty()) {
            return List.of();
        }
        List<org.jooq.Row2<Long, byte[]>> wanted = linkByProgramme.entrySet().stream()
                .map(e -> DSL.row(e.getKey(), e.getValue())).toList();
        return db.select(PARTICIPANT.ID, PROGRAMME.KEY, PROGRAMME.TITLE, PROGRAMME.SURVEY_KEY, PARTICIPANT.CODE, TEAM.NAME)
                .from(PARTICIPANT)
                .join(PROGRAMME).on(PROGRAMME.ID.eq(PARTICIPANT.PROGRAMME_ID))
                .join(TEAM).on(TEAM.ID.eq(PARTICIPANT.TEAM_ID))
                .where(DSL.row(PARTICIPANT.PROGRAMME_ID, PARTICIPANT.LINK).in(wanted))
                .orderBy(PROGRAMME.CREATED_AT, PROGRAMME.ID)
                .fetch(Records.mapping(LinkedParticipant::new));
    }

    /** A participant's responses in wave order, each with its answers (for the person themselves only). */
    List<MyAnswers.Response> responsesWithAnswers(long participantId) {
        Map<Long, List<MyAnswers.Answer>> answers = new HashMap<>();
        db.select(ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY, ANSWER.VALUE_NUMBER, ANSWER.VALUE_TEXT)
                .from(ANSWER).join(RESPONSE).on(RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
                .where(RESPONSE.PARTICIPANT_ID.eq(participantId)).orderBy(ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY)
                .forEach(r -> answers.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new MyAnswers.Answer(r.value2(), r.value3(), r.value4())));
        return db.select(RESPONSE.ID, WAVE.KEY, RESPONSE.STATUS, RESPONSE.STARTED_AT, RESPONSE.SUBMITTED_AT)
                .from(RESPONSE).join(WAVE).on(WAVE.ID.eq(RESPONSE.WAVE_ID))
                .where(RESPONSE.PARTICIPANT_ID.eq(participantId)).orderBy(WAVE.POSITION)
                .fetch(r -> new MyAnswers.Response(r.value2(), SUBMITTED.equals(r.value3()), r.value4(), r.value5(),
                        List.copyOf(answers.getOrDefault(r.value1(), List.of()))));
    }

    /** Deletes the unsubmitted responses of these participants; returns how many. */
    int deleteDraftsOf(Collection<Long> participantIds) {
        return participantIds.isEmpty() ? 0 : db.deleteFrom(RESPONSE).where(RESPONSE.PARTICIPANT_ID.in(participantIds))
                .and(RESPONSE.STATUS.eq(DRAFT)).execute();
    }

    /** Removes the links of these participants; returns how many. */
    /**
     * Replaces these participants' links with random bytes that no account's link can ever equal. Not
     * NULL: a participant who answered in Lantern with no link would mark an erased account.
     */
    int scrambleLinks(Collection<Long> participantIds) {
        int changed = 0;
        for (long participant : participantIds) {
            byte[] noise = new byte[32];
            NOISE.nextBytes(noise);
            changed += db.update(PARTICIPANT).set(PARTICIPANT.LINK, noise)
                    .where(PARTICIPANT.ID.eq(participant)).and(PARTICIPANT.LINK.isNotNull()).execute();
        }
        return changed;
    }

    private static final java.security.SecureRandom NOISE = new java.security.SecureRandom();

    // --- the pseudonym key's fingerprint --------------------------------------------------------

    boolean anyLink() {
        return db.fetchExists(PARTICIPANT, PARTICIPANT.LINK.isNotNull());
    }

    Optional<byte[]> keyFingerprint() {
        return db.select(PSEUDONYM_KEY_FINGERPRINT.FINGERPRINT).from(PSEUDONYM_KEY_FINGERPRINT)
                .fetchOptional(PSEUDONYM_KEY_FINGERPRINT.FINGERPRINT);
    }

    void storeKeyFingerprint(byte[] fingerprint) {
        db.insertInto(PSEUDONYM_KEY_FINGERPRINT, PSEUDONYM_KEY_FINGERPRINT.FINGERPRINT).values(fingerprint)
                .onConflict(PSEUDONYM_KEY_FINGERPRINT.ONLY_ROW).doUpdate()
                .set(PSEUDONYM_KEY_FINGERPRINT.FINGERPRINT, fingerprint).execute();
    }

    /** Serialises instances starting at once on one database while they check and store the fingerprint. */
    void lockKeyFingerprint() {
        db.execute("SELECT pg_advisory_xact_lock(?, 0)", LOCK_SPACE_KEY);
    }

    record Cleared(int links, int drafts) {
    }

    /** Removes every link, and the unsubmitted responses only a link could reach: the key is gone. */
    Cleared clearAllLinks() {
        int drafts = db.deleteFrom(RESPONSE).where(RESPONSE.STATUS.eq(DRAFT))
                .and(RESPONSE.PARTICIPANT_ID.in(DSL.select(PARTICIPANT.ID).from(PARTICIPANT).where(PARTICIPANT.LINK.isNotNull())))
                .execute();
        int links = db.update(PARTICIPANT).setNull(PARTICIPANT.LINK).where(PARTICIPANT.LINK.isNotNull()).execute();
        return new Cleared(links, drafts);
    }

    // --- responses ---------------------------------------------------------------------------

    record ResponseRow(long id, boolean submitted, @Nullable LocalDate submittedOn) {
    }

    Optional<ResponseRow> response(long participantId, long waveId) {
        return db.select(RESPONSE.ID, RESPONSE.STATUS, RESPONSE.SUBMITTED_AT).from(RESPONSE)
                .where(RESPONSE.PARTICIPANT_ID.eq(participantId)).and(RESPONSE.WAVE_ID.eq(waveId))
                .fetchOptional(r -> new ResponseRow(r.value1(), SUBMITTED.equals(r.value2()), r.value3()));
    }

    /** Creates the draft if missing (safe when two tabs race) and returns it. */
    ResponseRow draft(long participantId, long waveId, LocalDate today) {
        db.insertInto(RESPONSE, RESPONSE.PARTICIPANT_ID, RESPONSE.WAVE_ID, RESPONSE.STARTED_AT, RESPONSE.UPDATED_AT)
                .values(participantId, waveId, today, today)
                .onConflictDoNothing().execute();
        return response(participantId, waveId).orElseThrow();
    }

    Map<String, String> answers(long responseId) {
        Map<String, String> result = new LinkedHashMap<>();
        db.select(ANSWER.ITEM_KEY, ANSWER.VALUE_NUMBER, ANSWER.VALUE_TEXT).from(ANSWER).where(ANSWER.RESPONSE_ID.eq(responseId))
                .forEach(r -> result.put(r.value1(), r.value2() != null ? String.valueOf(r.value2()) : r.value3()));
        return result;
    }

    void saveAnswer(long responseId, String itemKey, @Nullable Integer number, @Nullable String text, LocalDate today) {
        db.insertInto(ANSWER, ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY, ANSWER.VALUE_NUMBER, ANSWER.VALUE_TEXT)
                .values(responseId, itemKey, number, text)
                .onConflict(ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY).doUpdate()
                .set(ANSWER.VALUE_NUMBER, number).set(ANSWER.VALUE_TEXT, text).execute();
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
        return db.fetchCount(RESPONSE, RESPONSE.STATUS.eq(SUBMITTED));
    }

    /** Marks a draft as submitted; 0 when it was already submitted (double click, second tab). */
    int submit(long responseId, LocalDate today) {
        return db.update(RESPONSE).set(RESPONSE.STATUS, SUBMITTED).set(RESPONSE.SUBMITTED_AT, today)
                .where(RESPONSE.ID.eq(responseId)).and(RESPONSE.STATUS.eq(DRAFT)).execute();
    }

    /** Locks the response row for the rest of the transaction. */
    void lock(long responseId) {
        db.select(RESPONSE.ID).from(RESPONSE).where(RESPONSE.ID.eq(responseId)).forUpdate().execute();
    }

    /** Unsubmitted responses untouched since before the day given, every programme; returns how many went. */
    int purgeDrafts(LocalDate untouchedBefore) {
        return db.deleteFrom(RESPONSE).where(RESPONSE.STATUS.eq(DRAFT)).and(RESPONSE.UPDATED_AT.lt(untouchedBefore)).execute();
    }

    // --- programme locks, releases and archiving ------------------------------------------------

    /** The programme's advisory lock, held until the transaction ends: imports, releases and archiving queue. */
    void lockProgramme(long programmeId) {
        db.execute("SELECT pg_advisory_xact_lock(?, ?)", LOCK_SPACE_PROGRAMME, Long.hashCode(programmeId));
    }

    /** The same lock shared: submissions go side by side but never while a release or an import runs. */
    void lockProgrammeShared(long programmeId) {
        db.execute("SELECT pg_advisory_xact_lock_shared(?, ?)", LOCK_SPACE_PROGRAMME, Long.hashCode(programmeId));
    }

    int markReleased(long programmeId, Collection<Long> waveIds, long releaseId) {
        return db.update(RESPONSE).set(RESPONSE.RELEASED, true).set(RESPONSE.RELEASED_IN, releaseId)
                .where(RESPONSE.WAVE_ID.in(DSL.select(WAVE.ID).from(WAVE).where(WAVE.PROGRAMME_ID.eq(programmeId))
                        .and(WAVE.ID.in(waveIds))))
                .and(RESPONSE.STATUS.eq(SUBMITTED)).and(RESPONSE.RELEASED.isFalse())
                .execute();
    }

    /** Unsubmitted responses of a programme; returns how many went. */
    int deleteDrafts(long programmeId) {
        return db.deleteFrom(RESPONSE).where(RESPONSE.STATUS.eq(DRAFT))
                .and(RESPONSE.WAVE_ID.in(DSL.select(WAVE.ID).from(WAVE).where(WAVE.PROGRAMME_ID.eq(programmeId))))
                .execute();
    }

    /** Removes every link of a programme's participants; returns how many. */
    int clearLinks(long programmeId) {
        return db.update(PARTICIPANT).setNull(PARTICIPANT.LINK)
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(PARTICIPANT.LINK.isNotNull()).execute();
    }

    void setArchived(long programmeId, LocalDate on) {
        db.update(PROGRAMME).set(PROGRAMME.ARCHIVED_ON, on).where(PROGRAMME.ID.eq(programmeId)).execute();
    }

    // --- imports ---------------------------------------------------------------------------------

    List<SurveyImport> imports(long programmeId) {
        return db.select(SURVEY_IMPORT.IMPORTED_ON, SURVEY_IMPORT.IMPORTED_BY_NAME, SURVEY_IMPORT.RESPONSES)
                .from(SURVEY_IMPORT).where(SURVEY_IMPORT.PROGRAMME_ID.eq(programmeId))
                .orderBy(SURVEY_IMPORT.ID)
                .fetch(Records.mapping(SurveyImport::new));
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

    /** Which of the given links belong to participants who submitted the wave: only for "not yet answered" reminders. */
    Set<ByteBuffer> submittedLinks(long programmeId, long waveId, Collection<byte[]> links) {
        Set<ByteBuffer> result = new HashSet<>();
        db.select(PARTICIPANT.LINK).from(PARTICIPANT)
                .join(RESPONSE).on(RESPONSE.PARTICIPANT_ID.eq(PARTICIPANT.ID))
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(PARTICIPANT.LINK.in(links))
                .and(RESPONSE.WAVE_ID.eq(waveId)).and(RESPONSE.STATUS.eq(SUBMITTED))
                .forEach(r -> result.add(ByteBuffer.wrap(r.value1())));
        return result;
    }
}
