package org.lantern.notifications;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.lantern.base.database.StoredEnums.lowerCaseNames;
import static org.lantern.db.Tables.NOTIFICATION;
import static org.lantern.db.Tables.NOTIFICATION_PREFERENCE;

/** jOOQ access to notifications (the in-app centre and the e-mail outbox) and mail preferences. */
@Repository
@RequiredArgsConstructor
class NotificationRepository {

    private static final Field<NotificationKind> KIND = NOTIFICATION.KIND.convert(lowerCaseNames(NotificationKind.class));
    private static final Field<MailDelivery> MAIL = NOTIFICATION.MAIL.convert(lowerCaseNames(MailDelivery.class));
    private static final Field<NotificationKind> PREFERENCE_KIND = NOTIFICATION_PREFERENCE.KIND.convert(lowerCaseNames(NotificationKind.class));

    private final DSLContext db;

    /** An e-mail to send, as the sender claims it. */
    record Outgoing(long id, NotificationKind kind, long accountId, String subject, String title, String body, String link,
                    int attempts, @org.jspecify.annotations.Nullable String attachment) {
    }

    /** Writes the notification unless one with the same kind, person, subject and occurrence exists; true when written. */
    boolean insert(NewNotification n, MailDelivery mail, OffsetDateTime now) {
        return db.insertInto(NOTIFICATION)
                .set(KIND, n.kind()).set(NOTIFICATION.ACCOUNT_ID, n.accountId()).set(NOTIFICATION.SUBJECT, n.subject())
                .set(NOTIFICATION.OCCURRENCE, n.occurrence()).set(NOTIFICATION.TITLE, n.title()).set(NOTIFICATION.BODY, n.body())
                .set(NOTIFICATION.LINK, n.link()).set(NOTIFICATION.ATTACHMENT, n.attachment()).set(NOTIFICATION.CREATED_AT, now).set(MAIL, mail).set(NOTIFICATION.MAIL_DUE_AT, now)
                .onConflictOnConstraint(org.lantern.db.Keys.NOTIFICATION_ONCE).doNothing().execute() == 1;
    }

    /** The people who already have a notification of the kind, subject and occurrence. */
    java.util.Set<Long> recipients(NotificationKind kind, String subject, String occurrence) {
        return db.select(NOTIFICATION.ACCOUNT_ID).from(NOTIFICATION)
                .where(KIND.eq(kind), NOTIFICATION.SUBJECT.eq(subject), NOTIFICATION.OCCURRENCE.eq(occurrence))
                .fetchSet(NOTIFICATION.ACCOUNT_ID);
    }

    List<Notification> latest(long accountId, int limit) {
        return db.select(NOTIFICATION.ID, KIND, NOTIFICATION.TITLE, NOTIFICATION.BODY, NOTIFICATION.LINK, NOTIFICATION.CREATED_AT,
                        NOTIFICATION.READ_AT.isNotNull())
                .from(NOTIFICATION).where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc()).limit(limit)
                .fetch(Records.mapping(Notification::new));
    }

    int unreadCount(long accountId) {
        return db.fetchCount(NOTIFICATION, NOTIFICATION.ACCOUNT_ID.eq(accountId), NOTIFICATION.READ_AT.isNull());
    }

    int markRead(long accountId, Optional<Long> id, OffsetDateTime now) {
        return db.update(NOTIFICATION).set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.ACCOUNT_ID.eq(accountId), NOTIFICATION.READ_AT.isNull(),
                        id.map(NOTIFICATION.ID::eq).orElse(org.jooq.impl.DSL.noCondition()))
                .execute();
    }

    /**
     * Claims the next e-mail due, locked until the transaction ends; rows another sender holds are
     * skipped, so two senders never take the same one.
     */
    Optional<Outgoing> claimDue(OffsetDateTime now) {
        return db.select(NOTIFICATION.ID, KIND, NOTIFICATION.ACCOUNT_ID, NOTIFICATION.SUBJECT, NOTIFICATION.TITLE,
                        NOTIFICATION.BODY, NOTIFICATION.LINK, NOTIFICATION.MAIL_ATTEMPTS, NOTIFICATION.ATTACHMENT)
                .from(NOTIFICATION).where(MAIL.eq(MailDelivery.PENDING), NOTIFICATION.MAIL_DUE_AT.le(now))
                .orderBy(NOTIFICATION.MAIL_DUE_AT, NOTIFICATION.ID).limit(1).forUpdate().skipLocked()
                .fetchOptional(Records.mapping(Outgoing::new));
    }

    /** Accounts with digest e-mails waiting since before {@code cutoff}, one locked row each (skipping locked ones). */
    List<Long> digestAccounts(OffsetDateTime cutoff) {
        return db.selectDistinct(NOTIFICATION.ACCOUNT_ID).from(NOTIFICATION)
                .where(MAIL.eq(MailDelivery.DIGEST), NOTIFICATION.MAIL_DUE_AT.le(cutoff))
                .fetch(NOTIFICATION.ACCOUNT_ID);
    }

    /** One person's waiting digest e-mails, locked (none if another sender holds them). */
    List<Outgoing> claimDigest(long accountId, OffsetDateTime cutoff) {
        return db.select(NOTIFICATION.ID, KIND, NOTIFICATION.ACCOUNT_ID, NOTIFICATION.SUBJECT, NOTIFICATION.TITLE,
                        NOTIFICATION.BODY, NOTIFICATION.LINK, NOTIFICATION.MAIL_ATTEMPTS, NOTIFICATION.ATTACHMENT)
                .from(NOTIFICATION).where(NOTIFICATION.ACCOUNT_ID.eq(accountId), MAIL.eq(MailDelivery.DIGEST),
                        NOTIFICATION.MAIL_DUE_AT.le(cutoff))
                .orderBy(NOTIFICATION.CREATED_AT, NOTIFICATION.ID).forUpdate().skipLocked()
                .fetch(Records.mapping(Outgoing::new));
    }

    void settle(Collection<Long> ids, MailDelivery state, OffsetDateTime now) {
        db.update(NOTIFICATION).set(MAIL, state)
                .set(NOTIFICATION.MAIL_SENT_AT, state == MailDelivery.SENT ? now : null)
                .set(NOTIFICATION.MAIL_ERROR, (String) null)
                .where(NOTIFICATION.ID.in(ids)).execute();
    }

    /** Records a failed attempt: tried again at {@code retryAt} in state {@code then}, or given up ({@code FAILED}). */
    void failed(Collection<Long> ids, int attempts, OffsetDateTime retryAt, MailDelivery then, String error) {
        db.update(NOTIFICATION).set(NOTIFICATION.MAIL_ATTEMPTS, attempts).set(NOTIFICATION.MAIL_DUE_AT, retryAt)
                .set(NOTIFICATION.MAIL_ERROR, error.length() > 500 ? error.substring(0, 500) : error)
                .set(MAIL, then)
                .where(NOTIFICATION.ID.in(ids)).execute();
    }

    Map<MailDelivery, Integer> mailCounts() {
        return db.select(MAIL, org.jooq.impl.DSL.count()).from(NOTIFICATION).groupBy(NOTIFICATION.MAIL)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    List<MailPreference> preferences(long accountId) {
        return db.select(PREFERENCE_KIND, NOTIFICATION_PREFERENCE.EMAIL, NOTIFICATION_PREFERENCE.DIGEST)
                .from(NOTIFICATION_PREFERENCE).where(NOTIFICATION_PREFERENCE.ACCOUNT_ID.eq(accountId))
                .fetch(Records.mapping(MailPreference::new));
    }

    void savePreference(long accountId, MailPreference preference) {
        db.insertInto(NOTIFICATION_PREFERENCE)
                .set(NOTIFICATION_PREFERENCE.ACCOUNT_ID, accountId).set(PREFERENCE_KIND, preference.kind())
                .set(NOTIFICATION_PREFERENCE.EMAIL, preference.email()).set(NOTIFICATION_PREFERENCE.DIGEST, preference.digest())
                .onConflict(NOTIFICATION_PREFERENCE.ACCOUNT_ID, NOTIFICATION_PREFERENCE.KIND).doUpdate()
                .set(NOTIFICATION_PREFERENCE.EMAIL, preference.email()).set(NOTIFICATION_PREFERENCE.DIGEST, preference.digest())
                .execute();
    }

    /** Deletes the person's notifications and settings; how many notifications went. */
    int deleteAll(long accountId) {
        db.deleteFrom(NOTIFICATION_PREFERENCE).where(NOTIFICATION_PREFERENCE.ACCOUNT_ID.eq(accountId)).execute();
        return db.deleteFrom(NOTIFICATION).where(NOTIFICATION.ACCOUNT_ID.eq(accountId)).execute();
    }
}
