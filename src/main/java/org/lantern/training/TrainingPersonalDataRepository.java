package org.lantern.training;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import static org.jooq.Records.mapping;
import static org.lantern.db.Tables.CHECK_ATTEMPT;
import static org.lantern.db.Tables.LEARNING_POSITION;
import static org.lantern.db.Tables.LESSON_DONE;
import static org.lantern.db.Tables.MODULE_COMPLETION;

/** jOOQ reads and erasure of one person's training progress, for {@link TrainingPersonalData}. */
@Repository
class TrainingPersonalDataRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;

    TrainingPersonalDataRepository(DSLContext db) {
        this.db = db;
    }

    TrainingPersonalData.Training training(long id) {
        return new TrainingPersonalData.Training(
                db.select(LESSON_DONE.MODULE_KEY, LESSON_DONE.LESSON_KEY, LESSON_DONE.DONE_AT).from(LESSON_DONE)
                        .where(LESSON_DONE.ACCOUNT_ID.eq(id)).orderBy(LESSON_DONE.DONE_AT, LESSON_DONE.MODULE_KEY)
                        .fetch(mapping(TrainingPersonalData.LessonDone::new)),
                db.select(MODULE_COMPLETION.MODULE_KEY, MODULE_COMPLETION.MODULE_TITLE, MODULE_COMPLETION.MINUTES,
                                MODULE_COMPLETION.COMPLETED_AT).from(MODULE_COMPLETION)
                        .where(MODULE_COMPLETION.ACCOUNT_ID.eq(id)).orderBy(MODULE_COMPLETION.COMPLETED_AT)
                        .fetch(mapping(TrainingPersonalData.ModuleCompleted::new)),
                db.select(CHECK_ATTEMPT.MODULE_KEY, CHECK_ATTEMPT.SUBMITTED_AT, CHECK_ATTEMPT.CORRECT, CHECK_ATTEMPT.TOTAL,
                                CHECK_ATTEMPT.SCORE, CHECK_ATTEMPT.PASSED, CHECK_ATTEMPT.ANSWERS).from(CHECK_ATTEMPT)
                        .where(CHECK_ATTEMPT.ACCOUNT_ID.eq(id)).orderBy(CHECK_ATTEMPT.SUBMITTED_AT, CHECK_ATTEMPT.ID)
                        .fetch(mapping((module, submittedAt, correct, total, score, passed, answers) ->
                                new TrainingPersonalData.CheckAttempt(module, submittedAt, correct, total, score, passed,
                                        JSON.readTree(answers.data())))),
                db.select(LEARNING_POSITION.MODULE_KEY, LEARNING_POSITION.LESSON_KEY, LEARNING_POSITION.VISITED_AT)
                        .from(LEARNING_POSITION).where(LEARNING_POSITION.ACCOUNT_ID.eq(id))
                        .orderBy(LEARNING_POSITION.VISITED_AT.desc())
                        .fetch(mapping(TrainingPersonalData.LastPosition::new)));
    }

    void erase(long id) {
        db.deleteFrom(LESSON_DONE).where(LESSON_DONE.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(LEARNING_POSITION).where(LEARNING_POSITION.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(CHECK_ATTEMPT).where(CHECK_ATTEMPT.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(MODULE_COMPLETION).where(MODULE_COMPLETION.ACCOUNT_ID.eq(id)).execute();
    }
}
