package org.lantern.reports;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.lantern.db.Tables.REPORT_RELEASE;

/** jOOQ access to report releases: written once, never changed. */
@Repository
@RequiredArgsConstructor
class ReleaseRepository {

    /**
     * Reads releases stored by any earlier version: a field added since (for example a question's
     * {@code notApplicable}) is absent from them, and reads as false, 0 or null.
     */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final DSLContext db;

    /**
     * A release without its figures.
     *
     * @param training the learning link's groups at the time, sealed
     */
    record Stored(long id, long programmeId, long beforeWaveId, long afterWaveId, int version, Instant releasedAt,
                  String releasedBy, int minGroupSize, Summary summary, Audit audit, byte[] training) {
    }

    /** What a release was computed from, beyond who and when. */
    record Summary(int responsesBefore, int responsesAfter, int paperBefore, int paperAfter, int newResponses,
                   int hiddenFigures, int findings, List<ReleaseInfo.ImportNote> imports, Integer previousVersion) {
    }

    /** What later releases are audited against: the cells shown, and the survey's questions at the time. */
    record Audit(List<String> shown, String survey) {

        Set<String> shownSet() {
            return Set.copyOf(shown);
        }
    }

    /** Every release of a programme, oldest first. */
    List<Stored> releases(long programmeId) {
        return db.select(REPORT_RELEASE.ID, REPORT_RELEASE.PROGRAMME_ID, REPORT_RELEASE.BEFORE_WAVE_ID, REPORT_RELEASE.AFTER_WAVE_ID,
                        REPORT_RELEASE.VERSION, REPORT_RELEASE.RELEASED_AT, REPORT_RELEASE.RELEASED_BY_NAME,
                        REPORT_RELEASE.MIN_GROUP_SIZE, REPORT_RELEASE.SUMMARY, REPORT_RELEASE.AUDIT, REPORT_RELEASE.TRAINING)
                .from(REPORT_RELEASE).where(REPORT_RELEASE.PROGRAMME_ID.eq(programmeId))
                .orderBy(REPORT_RELEASE.ID)
                .fetch(Records.mapping((id, programme, before, after, version, at, by, minGroupSize, summary, audit, training) ->
                        new Stored(id, programme, before, after, version, at.toInstant(), by, minGroupSize,
                                JSON.readValue(summary.data(), Summary.class), JSON.readValue(audit.data(), Audit.class), training)));
    }

    /** A release as a reader lists it: no audit record, no sealed data. */
    record Listed(long id, long beforeWaveId, long afterWaveId, int version, Instant releasedAt, String releasedBy, int minGroupSize,
                  Summary summary) {
    }

    /** Every release of a programme, oldest first, without what only the next release needs. */
    List<Listed> listed(long programmeId) {
        return db.select(REPORT_RELEASE.ID, REPORT_RELEASE.BEFORE_WAVE_ID, REPORT_RELEASE.AFTER_WAVE_ID, REPORT_RELEASE.VERSION,
                        REPORT_RELEASE.RELEASED_AT, REPORT_RELEASE.RELEASED_BY_NAME, REPORT_RELEASE.MIN_GROUP_SIZE, REPORT_RELEASE.SUMMARY)
                .from(REPORT_RELEASE).where(REPORT_RELEASE.PROGRAMME_ID.eq(programmeId))
                .orderBy(REPORT_RELEASE.ID)
                .fetch(Records.mapping((id, before, after, version, at, by, minGroupSize, summary) ->
                        new Listed(id, before, after, version, at.toInstant(), by, minGroupSize, JSON.readValue(summary.data(), Summary.class))));
    }

    Optional<ReleaseContent> content(long releaseId) {
        return db.select(REPORT_RELEASE.CONTENT).from(REPORT_RELEASE).where(REPORT_RELEASE.ID.eq(releaseId))
                .fetchOptional(REPORT_RELEASE.CONTENT).map(ReleaseRepository::decode);
    }

    long insert(long programmeId, long beforeWaveId, long afterWaveId, int version, Instant at, Long byAccount, String byName,
                int minGroupSize, Summary summary, Audit audit, ReleaseContent content, byte[] training) {
        return db.insertInto(REPORT_RELEASE, REPORT_RELEASE.PROGRAMME_ID, REPORT_RELEASE.BEFORE_WAVE_ID, REPORT_RELEASE.AFTER_WAVE_ID,
                        REPORT_RELEASE.VERSION, REPORT_RELEASE.RELEASED_AT, REPORT_RELEASE.RELEASED_BY, REPORT_RELEASE.RELEASED_BY_NAME,
                        REPORT_RELEASE.MIN_GROUP_SIZE, REPORT_RELEASE.SUMMARY, REPORT_RELEASE.AUDIT,
                        REPORT_RELEASE.CONTENT, REPORT_RELEASE.TRAINING)
                .values(programmeId, beforeWaveId, afterWaveId, version, at.atOffset(ZoneOffset.UTC), byAccount, byName, minGroupSize,
                        JSONB.valueOf(JSON.writeValueAsString(summary)), JSONB.valueOf(JSON.writeValueAsString(audit)),
                        encode(content), training)
                .returning(REPORT_RELEASE.ID).fetchOne(REPORT_RELEASE.ID);
    }

    static byte[] encode(ReleaseContent content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            JSON.writeValue(zip, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static ReleaseContent decode(byte[] stored) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return JSON.readValue(zip, new TypeReference<ReleaseContent>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
