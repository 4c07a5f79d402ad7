package org.lantern.audit;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.Record9;
import org.jooq.RecordMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Consumer;

import static org.jooq.Records.mapping;
import static org.lantern.db.Tables.AUDIT_CHAIN;
import static org.lantern.db.Tables.AUDIT_EVENT;

/**
 * jOOQ reads of the audit trail's hash chain, exactly as stored: the chain row and every entry in
 * chain order. The database writes both (changeset 020); nothing here changes them.
 */
@Repository
@RequiredArgsConstructor
class AuditChainRepository {

    private final DSLContext db;

    /** Where the chain starts (after purges) and ends; empty before the first entry. */
    record ChainState(long anchorSeq, byte[] anchorHash, long headSeq, byte[] headHash) {
    }

    private static final RecordMapper<Record9<Long, Long, OffsetDateTime, Long, String, String, String, String, byte[]>,
            ChainedEntry> CHAINED_ENTRY = mapping(ChainedEntry::new);

    /** One entry with every field the hash covers, as stored. */
    record ChainedEntry(long chainSeq, long id, OffsetDateTime at, @Nullable Long accountId, String username,
                        String eventType, String detail, @Nullable String clientIp, byte[] hash) {
    }

    Optional<ChainState> state() {
        return db.select(AUDIT_CHAIN.ANCHOR_SEQ, AUDIT_CHAIN.ANCHOR_HASH, AUDIT_CHAIN.HEAD_SEQ, AUDIT_CHAIN.HEAD_HASH)
                .from(AUDIT_CHAIN).where(AUDIT_CHAIN.ID.eq((short) 1))
                .fetchOptional(mapping(ChainState::new));
    }

    /** Streams every entry in chain order, without holding them all in memory. */
    void forEachInChainOrder(Consumer<ChainedEntry> action) {
        try (var cursor = db.select(AUDIT_EVENT.CHAIN_SEQ, AUDIT_EVENT.ID, AUDIT_EVENT.AT, AUDIT_EVENT.ACCOUNT_ID,
                        AUDIT_EVENT.USERNAME, AUDIT_EVENT.EVENT_TYPE, AUDIT_EVENT.DETAIL, AUDIT_EVENT.CLIENT_IP, AUDIT_EVENT.HASH)
                .from(AUDIT_EVENT).orderBy(AUDIT_EVENT.CHAIN_SEQ)
                .fetchSize(1000).fetchLazy()) {
            cursor.forEach(r -> action.accept(CHAINED_ENTRY.map(r)));
        }
    }

    /**
     * The retention purge: the database removes the oldest entries up to the first one not older than
     * the cutoff (never one younger than 30 days) and moves the chain's start past them.
     */
    int purgeOlderThan(Instant cutoff) {
        Long removed = db.select(org.lantern.db.Routines.auditPurge(cutoff.atOffset(java.time.ZoneOffset.UTC))).fetchOne(0, Long.class);
        return removed == null ? 0 : Math.toIntExact(removed);
    }
}
