package org.lantern.training.tools;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.lantern.db.Tables.SAVED_TOOL;

/** jOOQ reads and erasure of one person's saved practice tools, for {@link SavedToolPersonalData}. */
@Repository
class SavedToolPersonalDataRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;

    SavedToolPersonalDataRepository(DSLContext db) {
        this.db = db;
    }

    List<SavedToolPersonalData.Saved> saved(long accountId) {
        return db.selectFrom(SAVED_TOOL).where(SAVED_TOOL.ACCOUNT_ID.eq(accountId)).orderBy(SAVED_TOOL.CREATED_AT, SAVED_TOOL.ID)
                .fetch(r -> new SavedToolPersonalData.Saved(r.getId(), r.getToolKey(), r.getTitle(),
                        JSON.readTree(r.getAnswers().data()), r.getCreatedAt(), r.getUpdatedAt()));
    }

    int erase(long accountId) {
        return db.deleteFrom(SAVED_TOOL).where(SAVED_TOOL.ACCOUNT_ID.eq(accountId)).execute();
    }
}
