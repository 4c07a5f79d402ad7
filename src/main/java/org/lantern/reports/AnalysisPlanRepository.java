package org.lantern.reports;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.lantern.db.Tables.ANALYSIS_PLAN;

/** jOOQ access to analysis plans: one per programme, changed only while not locked (a trigger refuses the rest). */
@Repository
@RequiredArgsConstructor
class AnalysisPlanRepository {

    private final DSLContext db;

    /** A plan as stored; wave and theme by id and key, for the service to name. */
    record Stored(long programmeId, long afterWaveId, String theme, String test, double alpha, double minimumChange,
                  @Nullable String rationale, Instant savedAt, @Nullable Instant lockedAt, @Nullable String lockedByRole) {
    }

    Optional<Stored> find(long programmeId) {
        return db.select(ANALYSIS_PLAN.PROGRAMME_ID, ANALYSIS_PLAN.AFTER_WAVE_ID, ANALYSIS_PLAN.PRIMARY_THEME, ANALYSIS_PLAN.TEST,
                        ANALYSIS_PLAN.ALPHA, ANALYSIS_PLAN.MIN_CHANGE, ANALYSIS_PLAN.RATIONALE, ANALYSIS_PLAN.SAVED_AT,
                        ANALYSIS_PLAN.LOCKED_AT, ANALYSIS_PLAN.LOCKED_BY_ROLE)
                .from(ANALYSIS_PLAN).where(ANALYSIS_PLAN.PROGRAMME_ID.eq(programmeId))
                .fetchOptional(r -> new Stored(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8().toInstant(), r.value9() == null ? null : r.value9().toInstant(), r.value10()));
    }

    /** Creates the plan or replaces a draft; locks the row first so two evaluators saving at once do not interleave. */
    void save(long programmeId, long afterWaveId, String theme, String test, double alpha, double minimumChange,
              @Nullable String rationale, Instant at, long by) {
        db.insertInto(ANALYSIS_PLAN)
                .set(ANALYSIS_PLAN.PROGRAMME_ID, programmeId).set(ANALYSIS_PLAN.AFTER_WAVE_ID, afterWaveId)
                .set(ANALYSIS_PLAN.PRIMARY_THEME, theme).set(ANALYSIS_PLAN.TEST, test).set(ANALYSIS_PLAN.ALPHA, alpha)
                .set(ANALYSIS_PLAN.MIN_CHANGE, minimumChange).set(ANALYSIS_PLAN.RATIONALE, rationale)
                .set(ANALYSIS_PLAN.SAVED_AT, at.atOffset(ZoneOffset.UTC)).set(ANALYSIS_PLAN.SAVED_BY, by)
                .onConflict(ANALYSIS_PLAN.PROGRAMME_ID).doUpdate()
                .set(ANALYSIS_PLAN.AFTER_WAVE_ID, afterWaveId).set(ANALYSIS_PLAN.PRIMARY_THEME, theme).set(ANALYSIS_PLAN.TEST, test)
                .set(ANALYSIS_PLAN.ALPHA, alpha).set(ANALYSIS_PLAN.MIN_CHANGE, minimumChange).set(ANALYSIS_PLAN.RATIONALE, rationale)
                .set(ANALYSIS_PLAN.SAVED_AT, at.atOffset(ZoneOffset.UTC)).set(ANALYSIS_PLAN.SAVED_BY, by)
                .where(ANALYSIS_PLAN.LOCKED_AT.isNull())
                .execute();
    }

    /** Locks a draft; false when there is none (or it is already locked). */
    boolean lock(long programmeId, Instant at, long by, String role) {
        return db.update(ANALYSIS_PLAN).set(ANALYSIS_PLAN.LOCKED_AT, at.atOffset(ZoneOffset.UTC)).set(ANALYSIS_PLAN.LOCKED_BY, by)
                .set(ANALYSIS_PLAN.LOCKED_BY_ROLE, role)
                .where(ANALYSIS_PLAN.PROGRAMME_ID.eq(programmeId), ANALYSIS_PLAN.LOCKED_AT.isNull()).execute() == 1;
    }

    /** Takes the row lock of a programme's plan for the rest of the transaction, if it has one. */
    void lockRow(long programmeId) {
        db.select(ANALYSIS_PLAN.PROGRAMME_ID).from(ANALYSIS_PLAN).where(ANALYSIS_PLAN.PROGRAMME_ID.eq(programmeId)).forUpdate().fetch();
    }
}
