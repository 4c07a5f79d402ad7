package org.lantern.surveys;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.Row2;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.lantern.db.Tables.ANSWER;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.PROGRAMME;
import static org.lantern.db.Tables.PSEUDONYM_KEY_FINGERPRINT;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.WAVE;
import static org.lantern.surveys.ResponseStatus.DRAFT;
import static org.lantern.surveys.ResponseStatus.SUBMITTED;

/** jOOQ access to pseudonymous participants' keyed links, and to the fingerprint of the key that made them. */
@Repository
@RequiredArgsConstructor
class LinkRepository {

    private static final int LOCK_SPACE_KEY = 11_002;
    private static final SecureRandom NOISE = new SecureRandom();

    private final DSLContext db;

    /** Runs the work in one transaction of its own (at start-up, before Spring's transactions are in use). */
    <T> T inTransaction(Supplier<T> work) {
        return db.transactionResult(tx -> work.get());
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

    private record Link(long participantId, byte[] link) {
    }

    /** Every participant with a link in the programme: id to link (for the training groups of reports). */
    Map<Long, byte[]> links(long programmeId) {
        Map<Long, byte[]> links = new HashMap<>();
        db.select(PARTICIPANT.ID, PARTICIPANT.LINK).from(PARTICIPANT)
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(PARTICIPANT.LINK.isNotNull())
                .fetch(Records.mapping(Link::new))
                .forEach(l -> links.put(l.participantId(), l.link()));
        return links;
    }

    /** A participant found through a person's own links, with what "Download my data" shows about it. */
    record LinkedParticipant(long id, String programmeKey, String programmeTitle, String surveyKey, String code, long teamId) {
    }

    /** The participants with these links, one link per programme (programme id to link). */
    List<LinkedParticipant> linkedParticipants(Map<Long, byte[]> linkByProgramme) {
        if (linkByProgramme.isEmpty()) {
            return List.of();
        }
        List<Row2<Long, byte[]>> wanted = linkByProgramme.entrySet().stream()
                .map(e -> DSL.row(e.getKey(), e.getValue())).toList();
        return db.select(PARTICIPANT.ID, PROGRAMME.KEY, PROGRAMME.TITLE, PROGRAMME.SURVEY_KEY, PARTICIPANT.CODE, PARTICIPANT.TEAM_ID)
                .from(PARTICIPANT)
                .join(PROGRAMME).on(PROGRAMME.ID.eq(PARTICIPANT.PROGRAMME_ID))
                .where(DSL.row(PARTICIPANT.PROGRAMME_ID, PARTICIPANT.LINK).in(wanted))
                .orderBy(PROGRAMME.CREATED_AT, PROGRAMME.ID)
                .fetch(Records.mapping(LinkedParticipant::new));
    }

    private record AnswerRow(long responseId, MyAnswers.Answer answer) {
    }

    private record ResponseHead(long id, String waveKey, ResponseStatus status, LocalDate startedOn, @Nullable LocalDate submittedOn) {
    }

    /** A participant's responses in wave order, each with its answers (for the person themselves only). */
    List<MyAnswers.Response> responsesWithAnswers(long participantId) {
        Map<Long, List<MyAnswers.Answer>> answers = new HashMap<>();
        db.select(ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY, ANSWER.VALUE_NUMBER, ANSWER.VALUE_TEXT, ANSWER.NOT_APPLICABLE)
                .from(ANSWER).join(RESPONSE).on(RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
                .where(RESPONSE.PARTICIPANT_ID.eq(participantId)).orderBy(ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY)
                .fetch(Records.mapping((responseId, item, number, text, notApplicable) ->
                        new AnswerRow(responseId, new MyAnswers.Answer(item, number, text, notApplicable))))
                .forEach(a -> answers.computeIfAbsent(a.responseId(), k -> new ArrayList<>()).add(a.answer()));
        return db.select(RESPONSE.ID, WAVE.KEY, ResponseStatus.FIELD, RESPONSE.STARTED_AT, RESPONSE.SUBMITTED_AT)
                .from(RESPONSE).join(WAVE).on(WAVE.ID.eq(RESPONSE.WAVE_ID))
                .where(RESPONSE.PARTICIPANT_ID.eq(participantId)).orderBy(WAVE.POSITION)
                .fetch(Records.mapping(ResponseHead::new)).stream()
                .map(r -> new MyAnswers.Response(r.waveKey(), r.status() == SUBMITTED, r.startedOn(), r.submittedOn(),
                        List.copyOf(answers.getOrDefault(r.id(), List.of()))))
                .toList();
    }

    /** Deletes the unsubmitted responses of these participants; returns how many. */
    int deleteDraftsOf(Collection<Long> participantIds) {
        return participantIds.isEmpty() ? 0 : db.deleteFrom(RESPONSE).where(RESPONSE.PARTICIPANT_ID.in(participantIds))
                .and(ResponseStatus.FIELD.eq(DRAFT)).execute();
    }

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

    /** Removes every link of a programme's participants; returns how many. */
    int clearLinks(long programmeId) {
        return db.update(PARTICIPANT).setNull(PARTICIPANT.LINK)
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(PARTICIPANT.LINK.isNotNull()).execute();
    }

    /** Which of the given links belong to participants who submitted the wave: only for "not yet answered" reminders. */
    Set<ByteBuffer> submittedLinks(long programmeId, long waveId, Collection<byte[]> links) {
        Set<ByteBuffer> result = new HashSet<>();
        db.select(PARTICIPANT.LINK).from(PARTICIPANT)
                .join(RESPONSE).on(RESPONSE.PARTICIPANT_ID.eq(PARTICIPANT.ID))
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(PARTICIPANT.LINK.in(links))
                .and(RESPONSE.WAVE_ID.eq(waveId)).and(ResponseStatus.FIELD.eq(SUBMITTED))
                .fetch(PARTICIPANT.LINK)
                .forEach(link -> result.add(ByteBuffer.wrap(link)));
        return result;
    }

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
        int drafts = db.deleteFrom(RESPONSE).where(ResponseStatus.FIELD.eq(DRAFT))
                .and(RESPONSE.PARTICIPANT_ID.in(DSL.select(PARTICIPANT.ID).from(PARTICIPANT).where(PARTICIPANT.LINK.isNotNull())))
                .execute();
        int links = db.update(PARTICIPANT).setNull(PARTICIPANT.LINK).where(PARTICIPANT.LINK.isNotNull()).execute();
        return new Cleared(links, drafts);
    }
}
