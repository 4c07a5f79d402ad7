package org.lantern.surveys;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.jooq.InsertValuesStep8;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.lantern.db.tables.records.ParticipantRecord;
import org.lantern.db.tables.records.ResponseRecord;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Repository;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.SURVEY_IMPORT;
import static org.lantern.db.Tables.WAVE;

/**
 * jOOQ access for CSV imports: what a programme already holds, and the bulk writes of one import
 * (rows in chunks of {@value #CHUNK}, answers with PostgreSQL COPY).
 */
@Repository
@RequiredArgsConstructor
class ImportRepository {

    private static final int CHUNK = 1000;

    private final DSLContext db;

    /** The imports of a programme, oldest first. */
    List<SurveyImport> imports(long programmeId) {
        return db.select(SURVEY_IMPORT.IMPORTED_ON, SURVEY_IMPORT.IMPORTED_BY_NAME, SURVEY_IMPORT.RESPONSES)
                .from(SURVEY_IMPORT).where(SURVEY_IMPORT.PROGRAMME_ID.eq(programmeId))
                .orderBy(SURVEY_IMPORT.ID)
                .fetch(Records.mapping(SurveyImport::new));
    }

    /** A participant already in the programme. */
    record Participant(long id, String code, long teamId) {
    }

    List<Participant> participants(long programmeId) {
        return db.select(PARTICIPANT.ID, PARTICIPANT.CODE, PARTICIPANT.TEAM_ID).from(PARTICIPANT)
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId)).and(PARTICIPANT.CODE.isNotNull())
                .fetch(Records.mapping(Participant::new));
    }

    /** A response already in the programme, draft or submitted. */
    record Response(long id, long participantId, long waveId, boolean released) {
    }

    List<Response> responses(long programmeId) {
        return db.select(RESPONSE.ID, RESPONSE.PARTICIPANT_ID, RESPONSE.WAVE_ID, DSL.field(ReleaseMark.RELEASED)).from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .join(WAVE).on(WAVE.ID.eq(RESPONSE.WAVE_ID))
                .where(PARTICIPANT.PROGRAMME_ID.eq(programmeId))
                .fetch(Records.mapping(Response::new));
    }

    /**
     * Records an import: who, which day, how many responses (how many of them without a participant code, and
     * the fingerprint of those rows); returns its id.
     */
    long insertImport(long programmeId, long accountId, String name, LocalDate on, int responses, int unlinked,
                      @Nullable String unlinkedSha256) {
        return db.insertInto(SURVEY_IMPORT, SURVEY_IMPORT.PROGRAMME_ID, SURVEY_IMPORT.IMPORTED_BY,
                        SURVEY_IMPORT.IMPORTED_BY_NAME, SURVEY_IMPORT.IMPORTED_ON, SURVEY_IMPORT.RESPONSES,
                        SURVEY_IMPORT.UNLINKED, SURVEY_IMPORT.UNLINKED_SHA256)
                .values(programmeId, accountId, name, on, responses, unlinked, unlinkedSha256)
                .returning(SURVEY_IMPORT.ID).fetchSingle(SURVEY_IMPORT.ID);
    }

    /** The earlier import of the programme that brought in the same rows without a code ({@link UnlinkedRows}), if any. */
    Optional<SurveyImport> unlinkedImport(long programmeId, String unlinkedSha256) {
        return db.select(SURVEY_IMPORT.IMPORTED_ON, SURVEY_IMPORT.IMPORTED_BY_NAME, SURVEY_IMPORT.RESPONSES)
                .from(SURVEY_IMPORT).where(SURVEY_IMPORT.PROGRAMME_ID.eq(programmeId))
                .and(SURVEY_IMPORT.UNLINKED_SHA256.eq(unlinkedSha256))
                .fetchOptional(Records.mapping(SurveyImport::new));
    }

    /**
     * Creates one participant with no code (and no link) per team id given, for responses without a participant
     * code; returns their ids in the same order. Such participants are interchangeable within a team, so ids
     * are handed out per team whatever order PostgreSQL returns them in.
     */
    List<Long> insertUnlinkedParticipants(long programmeId, List<Long> teamIds) {
        Map<Long, java.util.Deque<Long>> byTeam = new HashMap<>();
        for (int from = 0; from < teamIds.size(); from += CHUNK) {
            var insert = db.insertInto(PARTICIPANT, PARTICIPANT.PROGRAMME_ID, PARTICIPANT.TEAM_ID);
            for (long team : teamIds.subList(from, Math.min(teamIds.size(), from + CHUNK))) {
                insert = insert.values(programmeId, team);
            }
            insert.returningResult(PARTICIPANT.ID, PARTICIPANT.TEAM_ID).fetch()
                    .forEach(r -> byTeam.computeIfAbsent(r.value2(), t -> new java.util.ArrayDeque<>()).add(r.value1()));
        }
        return teamIds.stream().map(team -> byTeam.get(team).removeFirst()).toList();
    }

    private record Inserted(long id, String code) {
    }

    /** Creates participants (code to team id); returns code to new participant id. */
    Map<String, Long> insertParticipants(long programmeId, Map<String, Long> teamByCode) {
        Map<String, Long> ids = new HashMap<>();
        List<Map.Entry<String, Long>> fresh = new ArrayList<>(teamByCode.entrySet());
        for (int from = 0; from < fresh.size(); from += CHUNK) {
            InsertValuesStep3<ParticipantRecord, Long, String, Long> insert =
                    db.insertInto(PARTICIPANT, PARTICIPANT.PROGRAMME_ID, PARTICIPANT.CODE, PARTICIPANT.TEAM_ID);
            for (Map.Entry<String, Long> p : fresh.subList(from, Math.min(fresh.size(), from + CHUNK))) {
                insert = insert.values(programmeId, p.getKey(), p.getValue());
            }
            insert.returningResult(PARTICIPANT.ID, PARTICIPANT.CODE).fetch(Records.mapping(Inserted::new))
                    .forEach(p -> ids.put(p.code(), p.id()));
        }
        return ids;
    }

    /** Deletes responses (their answers follow by cascade). */
    void deleteResponses(List<Long> responseIds) {
        for (int from = 0; from < responseIds.size(); from += CHUNK) {
            db.deleteFrom(RESPONSE).where(RESPONSE.ID.in(responseIds.subList(from, Math.min(responseIds.size(), from + CHUNK)))).execute();
        }
    }

    /** A submitted response to write: whose, and which wave. */
    record NewResponse(long participantId, long waveId) {
    }

    private record Written(long id, long participantId, long waveId) {
    }

    /** Writes submitted, imported responses; returns "participant id/wave id" to new response id. */
    Map<String, Long> insertResponses(List<NewResponse> responses, LocalDate on, long importId) {
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < responses.size(); from += CHUNK) {
            InsertValuesStep8<ResponseRecord, Long, Long, ResponseStatus, ResponseSource, LocalDate, LocalDate, LocalDate, Long> insert =
                    db.insertInto(RESPONSE, RESPONSE.PARTICIPANT_ID, RESPONSE.WAVE_ID, ResponseStatus.FIELD, ResponseSource.FIELD,
                            RESPONSE.STARTED_AT, RESPONSE.UPDATED_AT, RESPONSE.SUBMITTED_AT, RESPONSE.IMPORT_ID);
            for (NewResponse r : responses.subList(from, Math.min(responses.size(), from + CHUNK))) {
                insert = insert.values(r.participantId(), r.waveId(), ResponseStatus.SUBMITTED, ResponseSource.IMPORT, on, on, on, importId);
            }
            insert.returningResult(RESPONSE.ID, RESPONSE.PARTICIPANT_ID, RESPONSE.WAVE_ID).fetch(Records.mapping(Written::new))
                    .forEach(w -> ids.put(w.participantId() + "/" + w.waveId(), w.id()));
        }
        return ids;
    }

    /**
     * Fresh statistics (they include this transaction's own rows) after a large write, so the
     * foreign-key checks of the answers use the index; plans made while the tables were tiny would scan them.
     */
    void analyzeResponses(int written) {
        if (written > CHUNK) {
            db.execute("ANALYZE participant, response");
        }
    }

    /**
     * An answer to write: a whole number on a scale (Integer), text (a chosen option or written words), or
     * {@link NotApplicable#ANSWER}.
     */
    record NewAnswer(long responseId, String itemKey, Object value) {
    }

    /** The "Not applicable" answer, which is neither a number nor a text. */
    enum NotApplicable {
        ANSWER
    }

    /** Writes answers with COPY, in one go: the caller hands them over a few thousand responses at a time. */
    void copyAnswers(List<NewAnswer> answers) {
        StringBuilder copy = new StringBuilder();
        for (NewAnswer a : answers) {
            copy.append(a.responseId()).append(',').append(a.itemKey()).append(',');
            if (a.value() instanceof Integer number) {
                copy.append(number).append(",,false\n");
            } else if (a.value() == NotApplicable.ANSWER) {
                copy.append(",,true\n");
            } else {
                copy.append(",\"").append(a.value().toString().replace("\"", "\"\"")).append("\",false\n");
            }
        }
        db.connection(c -> c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY answer (response_id, item_key, value_number, value_text, not_applicable) FROM STDIN WITH (FORMAT csv)",
                new StringReader(copy.toString())));
    }
}
