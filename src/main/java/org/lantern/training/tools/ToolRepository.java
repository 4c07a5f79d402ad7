package org.lantern.training.tools;

import lombok.RequiredArgsConstructor;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.lantern.db.Tables.SAVED_TOOL;

/**
 * jOOQ access to saved copies of practice tools. Every query is scoped to the owner's account id:
 * there is deliberately no way to read a saved copy by id alone.
 */
@Repository
@RequiredArgsConstructor
class ToolRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> ANSWERS = new TypeReference<>() {
    };

    private final DSLContext db;

    long insert(long accountId, String toolKey, String title, Map<String, String> answers) {
        return db.insertInto(SAVED_TOOL)
                .set(SAVED_TOOL.ACCOUNT_ID, accountId)
                .set(SAVED_TOOL.TOOL_KEY, toolKey)
                .set(SAVED_TOOL.TITLE, title)
                .set(SAVED_TOOL.ANSWERS, toJson(answers))
                .returning(SAVED_TOOL.ID)
                .fetchOne(SAVED_TOOL.ID);
    }

    /** Changes a copy if it belongs to the account and is a copy of that tool. */
    boolean update(long accountId, long id, String toolKey, String title, Map<String, String> answers) {
        return db.update(SAVED_TOOL)
                .set(SAVED_TOOL.TITLE, title)
                .set(SAVED_TOOL.ANSWERS, toJson(answers))
                .set(SAVED_TOOL.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(SAVED_TOOL.ACCOUNT_ID.eq(accountId), SAVED_TOOL.ID.eq(id), SAVED_TOOL.TOOL_KEY.eq(toolKey))
                .execute() == 1;
    }

    /** The owner's copies of one tool, most recently changed first. */
    List<SavedTool> findByOwnerAndTool(long accountId, String toolKey) {
        return findWhere(SAVED_TOOL.ACCOUNT_ID.eq(accountId).and(SAVED_TOOL.TOOL_KEY.eq(toolKey)));
    }

    Optional<SavedTool> findOwned(long accountId, long id) {
        return findWhere(SAVED_TOOL.ACCOUNT_ID.eq(accountId).and(SAVED_TOOL.ID.eq(id))).stream().findFirst();
    }

    boolean delete(long accountId, long id) {
        return db.deleteFrom(SAVED_TOOL)
                .where(SAVED_TOOL.ACCOUNT_ID.eq(accountId), SAVED_TOOL.ID.eq(id))
                .execute() == 1;
    }

    private List<SavedTool> findWhere(Condition condition) {
        return db.select(SAVED_TOOL.ID, SAVED_TOOL.TOOL_KEY, SAVED_TOOL.TITLE, SAVED_TOOL.ANSWERS,
                        SAVED_TOOL.CREATED_AT, SAVED_TOOL.UPDATED_AT)
                .from(SAVED_TOOL)
                .where(condition)
                .orderBy(SAVED_TOOL.UPDATED_AT.desc(), SAVED_TOOL.ID.desc())
                .fetch(Records.mapping((id, toolKey, title, answers, created, updated) ->
                        new SavedTool(id, toolKey, title, fromJson(answers), created.toInstant(), updated.toInstant())));
    }

    private static JSONB toJson(Map<String, String> answers) {
        return JSONB.valueOf(JSON.writeValueAsString(answers));
    }

    /** PostgreSQL's jsonb does not keep key order; callers put answers back in the tool's order. */
    private static Map<String, String> fromJson(JSONB json) {
        return JSON.readValue(json.data(), ANSWERS);
    }

    // --- personal data ("Download my data" and erasure) ---

    List<SavedToolPersonalData.Saved> savedForExport(long accountId) {
        return db.selectFrom(SAVED_TOOL).where(SAVED_TOOL.ACCOUNT_ID.eq(accountId)).orderBy(SAVED_TOOL.CREATED_AT, SAVED_TOOL.ID)
                .fetch(r -> new SavedToolPersonalData.Saved(r.getId(), r.getToolKey(), r.getTitle(),
                        JSON.readTree(r.getAnswers().data()), r.getCreatedAt(), r.getUpdatedAt()));
    }

    int deleteAllOf(long accountId) {
        return db.deleteFrom(SAVED_TOOL).where(SAVED_TOOL.ACCOUNT_ID.eq(accountId)).execute();
    }
}
