package org.lantern.notifications;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.lantern.db.Tables.CALENDAR_FEED;
import static org.lantern.db.Tables.NOTIFICATION_KEY;

/** jOOQ access to the calendar feed links (kept as hashes) and the key that signs unsubscribe links. */
@Repository
@RequiredArgsConstructor
class CalendarFeedRepository {

    private final DSLContext db;

    /** Stores the person's one feed link, replacing (and so revoking) the one they had. */
    void replace(long accountId, String tokenHash, OffsetDateTime now) {
        db.insertInto(CALENDAR_FEED).set(CALENDAR_FEED.ACCOUNT_ID, accountId).set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .set(CALENDAR_FEED.CREATED_AT, now)
                .onConflict(CALENDAR_FEED.ACCOUNT_ID).doUpdate()
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash).set(CALENDAR_FEED.CREATED_AT, now).execute();
    }

    void delete(long accountId) {
        db.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.ACCOUNT_ID.eq(accountId)).execute();
    }

    /** When the person's feed link was made, if they have one. */
    Optional<OffsetDateTime> madeAt(long accountId) {
        return db.select(CALENDAR_FEED.CREATED_AT).from(CALENDAR_FEED).where(CALENDAR_FEED.ACCOUNT_ID.eq(accountId))
                .fetchOptional(CALENDAR_FEED.CREATED_AT);
    }

    /** Whose feed link has this hash. */
    Optional<Long> owner(String tokenHash) {
        return db.select(CALENDAR_FEED.ACCOUNT_ID).from(CALENDAR_FEED).where(CALENDAR_FEED.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(CALENDAR_FEED.ACCOUNT_ID);
    }

    /** The unsubscribe signing key: the stored one, or this one stored now if there was none (the first instance wins). */
    byte[] signingKey(byte[] candidate) {
        db.insertInto(NOTIFICATION_KEY).set(NOTIFICATION_KEY.ID, 1).set(NOTIFICATION_KEY.HMAC_KEY, candidate)
                .onConflictDoNothing().execute();
        return db.fetchValue(NOTIFICATION_KEY.HMAC_KEY, NOTIFICATION_KEY.ID.eq(1));
    }
}
