package org.lantern.audit;

import lombok.RequiredArgsConstructor;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.RecordMapper;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import static org.jooq.Records.mapping;
import static org.lantern.db.Tables.AUDIT_EVENT;

/** jOOQ access to the audit trail: insert and search; nothing else (the chain and the purge: {@link AuditChainRepository}). */
@Repository
@RequiredArgsConstructor
class AuditRepository {

    private final DSLContext db;

    void insert(Instant at, @Nullable Long accountId, String username, String eventType, String detail,
                @Nullable String clientIp) {
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.AT, at.atOffset(ZoneOffset.UTC))
                .set(AUDIT_EVENT.ACCOUNT_ID, accountId)
                .set(AUDIT_EVENT.USERNAME, username)
                .set(AUDIT_EVENT.EVENT_TYPE, eventType)
                .set(AUDIT_EVENT.DETAIL, detail)
                .set(AUDIT_EVENT.CLIENT_IP, clientIp)
                .execute();
    }

    List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return db.select(AUDIT_EVENT.ID, AUDIT_EVENT.AT, AUDIT_EVENT.ACCOUNT_ID, AUDIT_EVENT.USERNAME,
                        AUDIT_EVENT.EVENT_TYPE, AUDIT_EVENT.DETAIL, AUDIT_EVENT.CLIENT_IP)
                .from(AUDIT_EVENT).where(condition(filter))
                .orderBy(AUDIT_EVENT.AT.desc(), AUDIT_EVENT.ID.desc())
                .offset(offset).limit(limit)
                .fetch(ENTRY);
    }

    int count(AuditFilter filter) {
        return db.fetchCount(AUDIT_EVENT, condition(filter));
    }

    /** Streams every matching entry, newest first, without holding them all in memory. */
    void forEach(AuditFilter filter, Consumer<AuditEntry> action) {
        try (var cursor = db.select(AUDIT_EVENT.ID, AUDIT_EVENT.AT, AUDIT_EVENT.ACCOUNT_ID, AUDIT_EVENT.USERNAME,
                        AUDIT_EVENT.EVENT_TYPE, AUDIT_EVENT.DETAIL, AUDIT_EVENT.CLIENT_IP)
                .from(AUDIT_EVENT).where(condition(filter))
                .orderBy(AUDIT_EVENT.AT.desc(), AUDIT_EVENT.ID.desc())
                .fetchSize(500).fetchLazy()) {
            cursor.forEach(r -> action.accept(ENTRY.map(r)));
        }
    }

    /** When sign-ins failed for this user name (case-insensitive) since the given time, oldest first. */
    List<Instant> failuresForUser(String username, Instant since) {
        return failures(DSL.lower(AUDIT_EVENT.USERNAME).eq(username.toLowerCase(java.util.Locale.ROOT)), since);
    }

    /** When sign-ins failed from this address since the given time, oldest first. */
    List<Instant> failuresFromAddress(String clientIp, Instant since) {
        return failures(AUDIT_EVENT.CLIENT_IP.eq(clientIp), since);
    }

    private List<Instant> failures(Condition who, Instant since) {
        return db.select(AUDIT_EVENT.AT).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.EVENT_TYPE.eq(AuditEventType.SIGN_IN_FAILED.key())).and(who)
                .and(AUDIT_EVENT.AT.ge(since.atOffset(ZoneOffset.UTC)))
                .orderBy(AUDIT_EVENT.AT)
                .fetch(AUDIT_EVENT.AT).stream().map(OffsetDateTime::toInstant).toList();
    }

    private static Condition condition(AuditFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.person() != null && !filter.person().isBlank()) {
            condition = condition.and(AUDIT_EVENT.USERNAME.containsIgnoreCase(filter.person().trim()));
        }
        if (filter.type() != null) {
            condition = condition.and(AUDIT_EVENT.EVENT_TYPE.eq(filter.type().key()));
        }
        if (filter.from() != null) {
            condition = condition.and(AUDIT_EVENT.AT.ge(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        if (filter.to() != null) {
            condition = condition.and(AUDIT_EVENT.AT.lt(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        return condition;
    }

    private static final RecordMapper<Record7<Long, OffsetDateTime, Long, String, String, String, String>, AuditEntry> ENTRY =
            mapping((id, at, accountId, username, eventType, detail, clientIp) ->
                    new AuditEntry(id, at.toInstant(), accountId, username, eventType, detail, clientIp));

    // --- personal data ("Download my data" and erasure) ---

    /** The entries recorded under the account, oldest first, as stored. */
    List<AuditTrailPersonalData.Stored> entriesUnder(long accountId) {
        return db.select(AUDIT_EVENT.AT, AUDIT_EVENT.EVENT_TYPE, AUDIT_EVENT.DETAIL, AUDIT_EVENT.CLIENT_IP)
                .from(AUDIT_EVENT).where(AUDIT_EVENT.ACCOUNT_ID.eq(accountId)).orderBy(AUDIT_EVENT.AT, AUDIT_EVENT.ID)
                .fetch(mapping(AuditTrailPersonalData.Stored::new));
    }
}
