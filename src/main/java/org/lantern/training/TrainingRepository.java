package org.lantern.training;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

import static org.lantern.db.Tables.CHECK_ATTEMPT;
import static org.lantern.db.Tables.LEARNING_POSITION;
import static org.lantern.db.Tables.LESSON_DONE;
import static org.lantern.db.Tables.MODULE_COMPLETION;
import static org.jooq.impl.DSL.max;

/** jOOQ access to progress, attempts and completions. */
@Repository
@RequiredArgsConstructor
class TrainingRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;
    private final Clock clock;

    /** One completion; {@code validUntil} is null when it never expires. */
    record Completion(String moduleKey, String moduleTitle, int minutes, Instant completedAt, LocalDate validUntil) {
    }

    record Position(String moduleKey, String lessonKey, Instant visitedAt) {
    }

    private record DoneLesson(String moduleKey, String lessonKey) {
    }

    private record AccountLesson(long accountId, String moduleKey, String lessonKey) {
    }

    private record AccountCompletion(long accountId, String moduleKey, Instant completedAt) {
    }

    Map<String, Set<String>> doneLessons(long accountId) {
        return db.select(LESSON_DONE.MODULE_KEY, LESSON_DONE.LESSON_KEY).from(LESSON_DONE)
                .where(LESSON_DONE.ACCOUNT_ID.eq(accountId))
                .fetch(Records.mapping(DoneLesson::new)).stream()
                .collect(Collectors.groupingBy(DoneLesson::moduleKey, HashMap::new, Collectors.mapping(DoneLesson::lessonKey, Collectors.toCollection(HashSet::new))));
    }

    void markDone(long accountId, String moduleKey, String lessonKey) {
        db.insertInto(LESSON_DONE, LESSON_DONE.ACCOUNT_ID, LESSON_DONE.MODULE_KEY, LESSON_DONE.LESSON_KEY)
                .values(accountId, moduleKey, lessonKey).onConflictDoNothing().execute();
    }

    void unmarkDone(long accountId, String moduleKey, String lessonKey) {
        db.deleteFrom(LESSON_DONE).where(LESSON_DONE.ACCOUNT_ID.eq(accountId))
                .and(LESSON_DONE.MODULE_KEY.eq(moduleKey)).and(LESSON_DONE.LESSON_KEY.eq(lessonKey)).execute();
    }

    void visit(long accountId, String moduleKey, String lessonKey) {
        db.insertInto(LEARNING_POSITION, LEARNING_POSITION.ACCOUNT_ID, LEARNING_POSITION.MODULE_KEY, LEARNING_POSITION.LESSON_KEY)
                .values(accountId, moduleKey, lessonKey)
                .onConflict(LEARNING_POSITION.ACCOUNT_ID, LEARNING_POSITION.MODULE_KEY)
                .doUpdate().set(LEARNING_POSITION.LESSON_KEY, lessonKey).set(LEARNING_POSITION.VISITED_AT, java.time.OffsetDateTime.now(clock))
                .execute();
    }

    List<Position> positions(long accountId) {
        return db.select(LEARNING_POSITION.MODULE_KEY, LEARNING_POSITION.LESSON_KEY, LEARNING_POSITION.VISITED_AT)
                .from(LEARNING_POSITION).where(LEARNING_POSITION.ACCOUNT_ID.eq(accountId))
                .orderBy(LEARNING_POSITION.VISITED_AT.desc())
                .fetch(Records.mapping((module, lesson, visitedAt) -> new Position(module, lesson, visitedAt.toInstant())));
    }

    void insertAttempt(long accountId, CheckResult result, String answersJson) {
        db.insertInto(CHECK_ATTEMPT, CHECK_ATTEMPT.ACCOUNT_ID, CHECK_ATTEMPT.MODULE_KEY, CHECK_ATTEMPT.SUBMITTED_AT,
                        CHECK_ATTEMPT.CORRECT, CHECK_ATTEMPT.TOTAL, CHECK_ATTEMPT.SCORE, CHECK_ATTEMPT.PASSED, CHECK_ATTEMPT.ANSWERS)
                .values(accountId, result.moduleKey(), result.submittedAt().atOffset(java.time.ZoneOffset.UTC), result.correct(), result.total(), result.score(),
                        result.passed(), JSONB.valueOf(answersJson))
                .execute();
    }

    /** Best score and whether any attempt passed, per module. */
    Map<String, int[]> bestScores(long accountId) {
        Map<String, int[]> result = new HashMap<>();
        db.select(CHECK_ATTEMPT.MODULE_KEY, max(CHECK_ATTEMPT.SCORE), org.jooq.impl.DSL.boolOr(CHECK_ATTEMPT.PASSED))
                .from(CHECK_ATTEMPT).where(CHECK_ATTEMPT.ACCOUNT_ID.eq(accountId))
                .groupBy(CHECK_ATTEMPT.MODULE_KEY)
                .forEach(r -> result.put(r.value1(), new int[]{r.value2(), Boolean.TRUE.equals(r.value3()) ? 1 : 0}));
        return result;
    }

    /** A stored attempt: its answers and the score it was given when submitted. */
    record Attempt(String answersJson, int correct, int total, int score, boolean passed, Instant submittedAt) {
    }

    /** The latest attempt at a module. */
    Optional<Attempt> latestAttempt(long accountId, String moduleKey) {
        return db.select(CHECK_ATTEMPT.ANSWERS, CHECK_ATTEMPT.CORRECT, CHECK_ATTEMPT.TOTAL, CHECK_ATTEMPT.SCORE,
                        CHECK_ATTEMPT.PASSED, CHECK_ATTEMPT.SUBMITTED_AT).from(CHECK_ATTEMPT)
                .where(CHECK_ATTEMPT.ACCOUNT_ID.eq(accountId)).and(CHECK_ATTEMPT.MODULE_KEY.eq(moduleKey))
                .orderBy(CHECK_ATTEMPT.SUBMITTED_AT.desc(), CHECK_ATTEMPT.ID.desc()).limit(1)
                .fetchOptional(r -> new Attempt(r.value1().data(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6().toInstant()));
    }

    /** How many attempts a person has submitted at a module's check: it seeds their next draw. */
    int attemptCount(long accountId, String moduleKey) {
        return db.fetchCount(CHECK_ATTEMPT, CHECK_ATTEMPT.ACCOUNT_ID.eq(accountId).and(CHECK_ATTEMPT.MODULE_KEY.eq(moduleKey)));
    }

    /** Adds a completion: earlier ones stay, as the person's history. */
    void recordCompletion(long accountId, String moduleKey, String title, int minutes, Instant at, LocalDate validUntil) {
        db.insertInto(MODULE_COMPLETION, MODULE_COMPLETION.ACCOUNT_ID, MODULE_COMPLETION.MODULE_KEY,
                        MODULE_COMPLETION.MODULE_TITLE, MODULE_COMPLETION.MINUTES, MODULE_COMPLETION.COMPLETED_AT,
                        MODULE_COMPLETION.VALID_UNTIL)
                .values(accountId, moduleKey, title, minutes, at.atOffset(ZoneOffset.UTC), validUntil).execute();
    }

    /** The latest completion per module. */
    Map<String, Completion> completions(long accountId) {
        Map<String, Completion> result = new HashMap<>();
        completionHistory(accountId).forEach(c -> result.put(c.moduleKey(), c));
        return result;
    }

    /** Every completion of the person, earliest first. */
    List<Completion> completionHistory(long accountId) {
        return db.select(MODULE_COMPLETION.MODULE_KEY, MODULE_COMPLETION.MODULE_TITLE, MODULE_COMPLETION.MINUTES,
                        MODULE_COMPLETION.COMPLETED_AT, MODULE_COMPLETION.VALID_UNTIL)
                .from(MODULE_COMPLETION).where(MODULE_COMPLETION.ACCOUNT_ID.eq(accountId))
                .orderBy(MODULE_COMPLETION.COMPLETED_AT, MODULE_COMPLETION.ID)
                .fetch(Records.mapping((module, title, minutes, at, validUntil) ->
                        new Completion(module, title, minutes, at.toInstant(), validUntil)));
    }

    /** Whether the person passed the module's knowledge check after the given moment. */
    boolean passedSince(long accountId, String moduleKey, Instant since) {
        return db.fetchExists(CHECK_ATTEMPT, CHECK_ATTEMPT.ACCOUNT_ID.eq(accountId).and(CHECK_ATTEMPT.MODULE_KEY.eq(moduleKey))
                .and(CHECK_ATTEMPT.PASSED).and(CHECK_ATTEMPT.SUBMITTED_AT.gt(since.atOffset(ZoneOffset.UTC))));
    }

    /** The latest completion per account and module, for a set of accounts. */
    Map<Long, Map<String, Completion>> latestCompletionsOf(Collection<Long> accountIds) {
        Map<Long, Map<String, Completion>> result = new HashMap<>();
        db.select(MODULE_COMPLETION.ACCOUNT_ID, MODULE_COMPLETION.MODULE_KEY, MODULE_COMPLETION.MODULE_TITLE,
                        MODULE_COMPLETION.MINUTES, MODULE_COMPLETION.COMPLETED_AT, MODULE_COMPLETION.VALID_UNTIL)
                .from(MODULE_COMPLETION).where(MODULE_COMPLETION.ACCOUNT_ID.in(accountIds))
                .orderBy(MODULE_COMPLETION.COMPLETED_AT, MODULE_COMPLETION.ID)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(),
                        new Completion(r.value2(), r.value3(), r.value4(), r.value5().toInstant(), r.value6())));
        return result;
    }

    /** Accounts that completed at least one module before the given moment. */
    java.util.Set<Long> accountsWithCompletionBefore(Instant cutoff) {
        return new java.util.HashSet<>(db.selectDistinct(MODULE_COMPLETION.ACCOUNT_ID).from(MODULE_COMPLETION)
                .where(MODULE_COMPLETION.COMPLETED_AT.lt(cutoff.atOffset(java.time.ZoneOffset.UTC)))
                .fetch(MODULE_COMPLETION.ACCOUNT_ID));
    }

    /** Completion dates per account and module, for a set of accounts. */
    Map<Long, Map<String, Instant>> completionsOf(Collection<Long> accountIds) {
        return db.select(MODULE_COMPLETION.ACCOUNT_ID, MODULE_COMPLETION.MODULE_KEY, MODULE_COMPLETION.COMPLETED_AT)
                .from(MODULE_COMPLETION).where(MODULE_COMPLETION.ACCOUNT_ID.in(accountIds))
                .fetch(Records.mapping((account, module, completedAt) -> new AccountCompletion(account, module, completedAt.toInstant())))
                .stream().collect(Collectors.groupingBy(AccountCompletion::accountId, HashMap::new,
                        Collectors.toMap(AccountCompletion::moduleKey, AccountCompletion::completedAt, (first, later) -> later)));
    }

    Map<Long, Map<String, Set<String>>> doneLessonsOf(Collection<Long> accountIds) {
        return db.select(LESSON_DONE.ACCOUNT_ID, LESSON_DONE.MODULE_KEY, LESSON_DONE.LESSON_KEY).from(LESSON_DONE)
                .where(LESSON_DONE.ACCOUNT_ID.in(accountIds))
                .fetch(Records.mapping(AccountLesson::new)).stream()
                .collect(Collectors.groupingBy(AccountLesson::accountId, HashMap::new, Collectors.groupingBy(AccountLesson::moduleKey,
                        HashMap::new, Collectors.mapping(AccountLesson::lessonKey, Collectors.toCollection(HashSet::new)))));
    }

    // --- personal data ("Download my data" and erasure) ---

    TrainingPersonalData.Training trainingForExport(long id) {
        return new TrainingPersonalData.Training(
                db.select(LESSON_DONE.MODULE_KEY, LESSON_DONE.LESSON_KEY, LESSON_DONE.DONE_AT).from(LESSON_DONE)
                        .where(LESSON_DONE.ACCOUNT_ID.eq(id)).orderBy(LESSON_DONE.DONE_AT, LESSON_DONE.MODULE_KEY)
                        .fetch(Records.mapping(TrainingPersonalData.LessonDone::new)),
                db.select(MODULE_COMPLETION.MODULE_KEY, MODULE_COMPLETION.MODULE_TITLE, MODULE_COMPLETION.MINUTES,
                                MODULE_COMPLETION.COMPLETED_AT).from(MODULE_COMPLETION)
                        .where(MODULE_COMPLETION.ACCOUNT_ID.eq(id)).orderBy(MODULE_COMPLETION.COMPLETED_AT)
                        .fetch(Records.mapping(TrainingPersonalData.ModuleCompleted::new)),
                db.select(CHECK_ATTEMPT.MODULE_KEY, CHECK_ATTEMPT.SUBMITTED_AT, CHECK_ATTEMPT.CORRECT, CHECK_ATTEMPT.TOTAL,
                                CHECK_ATTEMPT.SCORE, CHECK_ATTEMPT.PASSED, CHECK_ATTEMPT.ANSWERS).from(CHECK_ATTEMPT)
                        .where(CHECK_ATTEMPT.ACCOUNT_ID.eq(id)).orderBy(CHECK_ATTEMPT.SUBMITTED_AT, CHECK_ATTEMPT.ID)
                        .fetch(Records.mapping((module, submittedAt, correct, total, score, passed, answers) ->
                                new TrainingPersonalData.CheckAttempt(module, submittedAt, correct, total, score, passed,
                                        JSON.readTree(answers.data())))),
                db.select(LEARNING_POSITION.MODULE_KEY, LEARNING_POSITION.LESSON_KEY, LEARNING_POSITION.VISITED_AT)
                        .from(LEARNING_POSITION).where(LEARNING_POSITION.ACCOUNT_ID.eq(id))
                        .orderBy(LEARNING_POSITION.VISITED_AT.desc())
                        .fetch(Records.mapping(TrainingPersonalData.LastPosition::new)));
    }

    void deleteProgressOf(long id) {
        db.deleteFrom(LESSON_DONE).where(LESSON_DONE.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(LEARNING_POSITION).where(LEARNING_POSITION.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(CHECK_ATTEMPT).where(CHECK_ATTEMPT.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(MODULE_COMPLETION).where(MODULE_COMPLETION.ACCOUNT_ID.eq(id)).execute();
    }
}
