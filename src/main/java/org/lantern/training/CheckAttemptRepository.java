package org.lantern.training;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.lantern.db.Tables.CHECK_ATTEMPT;
import static org.lantern.db.Tables.CHECK_FIGURES_BATCH;

/** Knowledge-check attempts read for item analysis: answers only, never who gave them; and the figures shown. */
@Repository
@RequiredArgsConstructor
class CheckAttemptRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;

    /** One person's first attempt at a module's check: its id (attempts made later have larger ids) and answers JSON. */
    record FirstAttempt(String moduleKey, long id, String answersJson) {
    }

    /**
     * The figures shown for a module, as worked out from its first attempts up to {@code lastAttemptId}; null for a batch
     * stored before the figures themselves were kept.
     */
    record Batch(String moduleKey, long lastAttemptId, int people, Instant updatedAt, @Nullable CheckQuestionFigures figures) {
    }

    /**
     * Each person's first attempt at each module's check, per module key, oldest first. First attempts only: a retake
     * comes after the person has seen which answers were right.
     */
    Map<String, List<FirstAttempt>> firstAttempts() {
        return db.selectDistinct(CHECK_ATTEMPT.MODULE_KEY, CHECK_ATTEMPT.ID, CHECK_ATTEMPT.ANSWERS)
                .on(CHECK_ATTEMPT.ACCOUNT_ID, CHECK_ATTEMPT.MODULE_KEY)
                .from(CHECK_ATTEMPT)
                .orderBy(CHECK_ATTEMPT.ACCOUNT_ID, CHECK_ATTEMPT.MODULE_KEY, CHECK_ATTEMPT.SUBMITTED_AT, CHECK_ATTEMPT.ID)
                .fetch(r -> new FirstAttempt(r.value1(), r.value2(), r.value3().data())).stream()
                .sorted(java.util.Comparator.comparingLong(FirstAttempt::id))
                .collect(Collectors.groupingBy(FirstAttempt::moduleKey, HashMap::new, Collectors.toList()));
    }

    /** The batch each module's figures are shown from, per module key; modules without figures yet have none. */
    Map<String, Batch> batches() {
        return db.selectFrom(CHECK_FIGURES_BATCH).fetch(r -> new Batch(r.getModuleKey(), r.getLastAttemptId(), r.getPeople(),
                r.getUpdatedAt().toInstant(), r.getFigures() == null ? null
                        : JSON.readValue(r.getFigures().data(), CheckQuestionFigures.class).at(r.getUpdatedAt().toInstant())))
                .stream().collect(Collectors.toMap(Batch::moduleKey, b -> b));
    }

    void saveBatch(Batch batch) {
        OffsetDateTime at = batch.updatedAt().atOffset(ZoneOffset.UTC);
        JSONB figures = batch.figures() == null ? null : JSONB.valueOf(JSON.writeValueAsString(batch.figures()));
        db.insertInto(CHECK_FIGURES_BATCH)
                .set(CHECK_FIGURES_BATCH.MODULE_KEY, batch.moduleKey())
                .set(CHECK_FIGURES_BATCH.LAST_ATTEMPT_ID, batch.lastAttemptId())
                .set(CHECK_FIGURES_BATCH.PEOPLE, batch.people())
                .set(CHECK_FIGURES_BATCH.UPDATED_AT, at)
                .set(CHECK_FIGURES_BATCH.FIGURES, figures)
                .onConflict(CHECK_FIGURES_BATCH.MODULE_KEY).doUpdate()
                .set(CHECK_FIGURES_BATCH.LAST_ATTEMPT_ID, batch.lastAttemptId())
                .set(CHECK_FIGURES_BATCH.PEOPLE, batch.people())
                .set(CHECK_FIGURES_BATCH.UPDATED_AT, at)
                .set(CHECK_FIGURES_BATCH.FIGURES, figures)
                .execute();
    }
}
