package org.lantern.people;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.util.Map;
import java.util.Optional;

import static org.lantern.db.Tables.ACCOUNT;

/** jOOQ access for SCIM: the identity platform's own id for each account (externalId). */
@Repository
@RequiredArgsConstructor
class ScimRepository {

    private final DSLContext db;

    Map<Long, String> externalIds() {
        return db.select(ACCOUNT.ID, ACCOUNT.SCIM_EXTERNAL_ID).from(ACCOUNT).where(ACCOUNT.SCIM_EXTERNAL_ID.isNotNull())
                .fetchMap(ACCOUNT.ID, ACCOUNT.SCIM_EXTERNAL_ID);
    }

    Optional<String> externalId(long accountId) {
        return db.select(ACCOUNT.SCIM_EXTERNAL_ID).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId))
                .fetchOptional(ACCOUNT.SCIM_EXTERNAL_ID).filter(e -> e != null);
    }

    Optional<Long> accountWithExternalId(String externalId) {
        return db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.SCIM_EXTERNAL_ID.eq(externalId))
                .and(ACCOUNT.ERASED_AT.isNull()).limit(1).fetchOptional(ACCOUNT.ID);
    }

    void setExternalId(long accountId, @Nullable String externalId) {
        db.update(ACCOUNT).set(ACCOUNT.SCIM_EXTERNAL_ID, externalId).where(ACCOUNT.ID.eq(accountId)).execute();
    }
}
