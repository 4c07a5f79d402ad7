package org.lantern.people;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.lantern.db.Tables.ACCOUNT;
import static org.lantern.db.Tables.ACCOUNT_IDENTITY;

/** jOOQ access to the links between accounts and organisation sign-in identities. */
@Repository
@RequiredArgsConstructor
class IdentityLinkRepository {

    private final DSLContext db;

    /** The account an identity is linked to, if any. Issuer and subject are compared exactly. */
    Optional<Long> accountFor(String issuer, String subject) {
        return db.select(ACCOUNT_IDENTITY.ACCOUNT_ID).from(ACCOUNT_IDENTITY)
                .where(ACCOUNT_IDENTITY.ISSUER.eq(issuer)).and(ACCOUNT_IDENTITY.SUBJECT.eq(subject))
                .fetchOptional(ACCOUNT_IDENTITY.ACCOUNT_ID);
    }

    /** The account an identity is linked to, and whether that account was created from the identity's claims. */
    record Link(long accountId, boolean provisioned) {
    }

    Optional<Link> find(String issuer, String subject) {
        return db.select(ACCOUNT_IDENTITY.ACCOUNT_ID, ACCOUNT_IDENTITY.PROVISIONED).from(ACCOUNT_IDENTITY)
                .where(ACCOUNT_IDENTITY.ISSUER.eq(issuer)).and(ACCOUNT_IDENTITY.SUBJECT.eq(subject))
                .fetchOptional(org.jooq.Records.mapping(Link::new));
    }

    List<LinkedIdentity> linkedTo(long accountId) {
        return db.select(ACCOUNT_IDENTITY.ID, ACCOUNT_IDENTITY.ACCOUNT_ID, ACCOUNT_IDENTITY.ISSUER,
                        ACCOUNT_IDENTITY.SUBJECT, ACCOUNT_IDENTITY.LABEL, ACCOUNT_IDENTITY.LINKED_BY, ACCOUNT_IDENTITY.LINKED_AT)
                .from(ACCOUNT_IDENTITY).where(ACCOUNT_IDENTITY.ACCOUNT_ID.eq(accountId))
                .orderBy(ACCOUNT_IDENTITY.LINKED_AT, ACCOUNT_IDENTITY.ID)
                .fetch(org.jooq.Records.mapping(LinkedIdentity::new));
    }

    Optional<LinkedIdentity> find(long linkId) {
        return db.select(ACCOUNT_IDENTITY.ID, ACCOUNT_IDENTITY.ACCOUNT_ID, ACCOUNT_IDENTITY.ISSUER,
                        ACCOUNT_IDENTITY.SUBJECT, ACCOUNT_IDENTITY.LABEL, ACCOUNT_IDENTITY.LINKED_BY, ACCOUNT_IDENTITY.LINKED_AT)
                .from(ACCOUNT_IDENTITY).where(ACCOUNT_IDENTITY.ID.eq(linkId))
                .fetchOptional(org.jooq.Records.mapping(LinkedIdentity::new));
    }

    /** How many identities each account has linked (accounts without any are absent). */
    Map<Long, Integer> counts() {
        return db.select(ACCOUNT_IDENTITY.ACCOUNT_ID, org.jooq.impl.DSL.count()).from(ACCOUNT_IDENTITY)
                .groupBy(ACCOUNT_IDENTITY.ACCOUNT_ID)
                .fetchMap(ACCOUNT_IDENTITY.ACCOUNT_ID, org.jooq.impl.DSL.count());
    }

    /**
     * Links the identity unless it is linked already (to this or another account): one statement, so two
     * people linking the same identity at once cannot both succeed.
     *
     * @return true when the link was made
     */
    boolean insert(long accountId, String issuer, String subject, String label, String linkedBy) {
        return insert(accountId, issuer, subject, label, linkedBy, false);
    }

    /** @param provisioned whether the account was created from this identity's claims (single sign-on provisioning) */
    boolean insert(long accountId, String issuer, String subject, String label, String linkedBy, boolean provisioned) {
        return db.insertInto(ACCOUNT_IDENTITY, ACCOUNT_IDENTITY.ACCOUNT_ID, ACCOUNT_IDENTITY.ISSUER,
                        ACCOUNT_IDENTITY.SUBJECT, ACCOUNT_IDENTITY.LABEL, ACCOUNT_IDENTITY.LINKED_BY, ACCOUNT_IDENTITY.PROVISIONED)
                .values(accountId, issuer, subject, label, linkedBy, provisioned)
                .onConflict(ACCOUNT_IDENTITY.ISSUER, ACCOUNT_IDENTITY.SUBJECT).doNothing()
                .execute() == 1;
    }

    boolean delete(long linkId) {
        return db.deleteFrom(ACCOUNT_IDENTITY).where(ACCOUNT_IDENTITY.ID.eq(linkId)).execute() == 1;
    }

    /** Erased accounts keep their row under another name; they can no longer be linked. */
    boolean isErased(long accountId) {
        return db.fetchExists(ACCOUNT, ACCOUNT.ID.eq(accountId).and(ACCOUNT.ERASED_AT.isNotNull()));
    }
}
