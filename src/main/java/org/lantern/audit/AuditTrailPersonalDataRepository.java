package org.lantern.audit;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.jooq.Records.mapping;
import static org.lantern.db.Tables.AUDIT_EVENT;

/** jOOQ reads of the audit entries recorded under one account, for {@link AuditTrailPersonalData}. */
@Repository
class AuditTrailPersonalDataRepository {

    private final DSLContext db;

    AuditTrailPersonalDataRepository(DSLContext db) {
        this.db = db;
    }

    /** The entries recorded under the account, oldest first, as stored. */
    List<AuditTrailPersonalData.Stored> entries(long accountId) {
        return db.select(AUDIT_EVENT.AT, AUDIT_EVENT.EVENT_TYPE, AUDIT_EVENT.DETAIL, AUDIT_EVENT.CLIENT_IP)
                .from(AUDIT_EVENT).where(AUDIT_EVENT.ACCOUNT_ID.eq(accountId)).orderBy(AUDIT_EVENT.AT, AUDIT_EVENT.ID)
                .fetch(mapping(AuditTrailPersonalData.Stored::new));
    }
}
