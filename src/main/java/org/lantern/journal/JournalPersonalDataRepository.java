package org.lantern.journal;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.lantern.db.Tables.JOURNAL_ENTRY;

/** jOOQ reads and erasure of one person's journal, for {@link JournalPersonalData}. */
@Repository
class JournalPersonalDataRepository {

    private final DSLContext db;

    JournalPersonalDataRepository(DSLContext db) {
        this.db = db;
    }

    List<JournalPersonalData.Entry> entries(long accountId) {
        return db.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.ACCOUNT_ID.eq(accountId))
                .orderBy(JOURNAL_ENTRY.CREATED_AT, JOURNAL_ENTRY.ID)
                .fetch(r -> new JournalPersonalData.Entry(r.getId(), r.getTitle(), r.getBody(), r.getPrompt(),
                        r.getSourceType(), r.getSourceRef(), r.getSourceLabel(), r.getCreatedAt(), r.getUpdatedAt()));
    }

    int erase(long accountId) {
        return db.deleteFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.ACCOUNT_ID.eq(accountId)).execute();
    }
}
