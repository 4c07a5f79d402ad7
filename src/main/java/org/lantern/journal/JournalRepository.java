package org.lantern.journal;

import lombok.RequiredArgsConstructor;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.lantern.db.Tables.JOURNAL_ENTRY;

/**
 * jOOQ access to journal entries. Every query is scoped to the owner's account id: there is
 * deliberately no way to read an entry by id alone.
 */
@Repository
@RequiredArgsConstructor
class JournalRepository {

    private final DSLContext db;

    long insert(long accountId, String title, String body, String prompt, JournalSource source) {
        return db.insertInto(JOURNAL_ENTRY)
                .set(JOURNAL_ENTRY.ACCOUNT_ID, accountId)
                .set(JOURNAL_ENTRY.TITLE, title)
                .set(JOURNAL_ENTRY.BODY, body)
                .set(JOURNAL_ENTRY.PROMPT, prompt)
                .set(JOURNAL_ENTRY.SOURCE_TYPE, source.type())
                .set(JOURNAL_ENTRY.SOURCE_REF, source.ref())
                .set(JOURNAL_ENTRY.SOURCE_LABEL, source.label())
                .returning(JOURNAL_ENTRY.ID)
                .fetchOne(JOURNAL_ENTRY.ID);
    }

    /** The owner's entries, newest first. */
    List<JournalEntry> findByOwner(long accountId) {
        return findWhere(JOURNAL_ENTRY.ACCOUNT_ID.eq(accountId));
    }

    int countByOwner(long accountId) {
        return db.fetchCount(JOURNAL_ENTRY, JOURNAL_ENTRY.ACCOUNT_ID.eq(accountId));
    }

    List<JournalEntry> findByOwnerAndSource(long accountId, String sourceType, String sourceRef) {
        return findWhere(JOURNAL_ENTRY.ACCOUNT_ID.eq(accountId)
                .and(JOURNAL_ENTRY.SOURCE_TYPE.eq(sourceType))
                .and(JOURNAL_ENTRY.SOURCE_REF.eq(sourceRef)));
    }

    Optional<JournalEntry> findOwned(long accountId, long id) {
        return findWhere(JOURNAL_ENTRY.ACCOUNT_ID.eq(accountId).and(JOURNAL_ENTRY.ID.eq(id))).stream().findFirst();
    }

    /** Changes an entry if it belongs to the account; false when it does not exist for them. */
    boolean update(long accountId, long id, String title, String body) {
        return db.update(JOURNAL_ENTRY)
                .set(JOURNAL_ENTRY.TITLE, title)
                .set(JOURNAL_ENTRY.BODY, body)
                .set(JOURNAL_ENTRY.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(JOURNAL_ENTRY.ACCOUNT_ID.eq(accountId).and(JOURNAL_ENTRY.ID.eq(id)))
                .execute() == 1;
    }

    boolean delete(long accountId, long id) {
        return db.deleteFrom(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.ACCOUNT_ID.eq(accountId).and(JOURNAL_ENTRY.ID.eq(id)))
                .execute() == 1;
    }

    private List<JournalEntry> findWhere(Condition condition) {
        return db.select(JOURNAL_ENTRY.ID, JOURNAL_ENTRY.TITLE, JOURNAL_ENTRY.BODY, JOURNAL_ENTRY.PROMPT,
                        JOURNAL_ENTRY.SOURCE_TYPE, JOURNAL_ENTRY.SOURCE_REF, JOURNAL_ENTRY.SOURCE_LABEL,
                        JOURNAL_ENTRY.CREATED_AT, JOURNAL_ENTRY.UPDATED_AT)
                .from(JOURNAL_ENTRY)
                .where(condition)
                .orderBy(JOURNAL_ENTRY.CREATED_AT.desc(), JOURNAL_ENTRY.ID.desc())
                .fetch(Records.mapping((id, title, body, prompt, type, ref, label, created, updated) ->
                        new JournalEntry(id, title, body, prompt, new JournalSource(type, ref, label),
                                created.toInstant(), updated.toInstant())));
    }

    // --- personal data ("Download my data" and erasure) ---

    List<JournalPersonalData.Entry> entriesForExport(long accountId) {
        return db.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.ACCOUNT_ID.eq(accountId))
                .orderBy(JOURNAL_ENTRY.CREATED_AT, JOURNAL_ENTRY.ID)
                .fetch(r -> new JournalPersonalData.Entry(r.getId(), r.getTitle(), r.getBody(), r.getPrompt(),
                        r.getSourceType(), r.getSourceRef(), r.getSourceLabel(), r.getCreatedAt(), r.getUpdatedAt()));
    }

    int deleteAllOf(long accountId) {
        return db.deleteFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.ACCOUNT_ID.eq(accountId)).execute();
    }
}
