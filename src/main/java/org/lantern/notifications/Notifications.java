package org.lantern.notifications;

import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import org.lantern.people.Directory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person's notifications and their e-mail preferences, and writing new notifications (the outbox).
 */
@Service
@RequiredArgsConstructor
public class Notifications {

    /** The notification centre shows this many, newest first. */
    static final int SHOWN = 100;

    private final NotificationRepository repository;
    private final Directory directory;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;

    /**
     * Writes notifications in the caller's transaction (or a new one), each with its e-mail pending, in
     * the digest, or not sent, as the person's preferences, address and the mail settings say. One
     * already written for the same kind, person, subject and occurrence is left as it is.
     *
     * @return how many were new
     */
    @Transactional(propagation = Propagation.REQUIRED)
    int write(List<NewNotification> notifications) {
        if (notifications.isEmpty()) {
            return 0;
        }
        List<Long> ids = notifications.stream().map(NewNotification::accountId).distinct().toList();
        Map<Long, String> emails = mailConfigured() ? directory.emails(ids) : Map.of();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int written = 0;
        for (NewNotification n : notifications) {
            MailPreference preference = preference(n.accountId(), n.kind());
            MailDelivery delivery = !emails.containsKey(n.accountId()) || !(preference.email() || n.kind().essential())
                    ? MailDelivery.NOT_SENT : preference.digest() ? MailDelivery.DIGEST : MailDelivery.PENDING;
            if (repository.insert(n, delivery, now)) {
                written++;
            }
        }
        return written;
    }

    /** The people who already have this notification, whom a check need not consider again. */
    @Transactional(readOnly = true)
    java.util.Set<Long> alreadyNotified(NotificationKind kind, String subject, String occurrence) {
        return repository.recipients(kind, subject, occurrence);
    }

    /** Whether a mail server is configured ({@code spring.mail.host}); without one, notifications are in-app only. */
    public boolean mailConfigured() {
        return mail.getIfAvailable() != null;
    }

    /** Whether Lantern has a work e-mail address for the person (from the people import). */
    @Transactional(readOnly = true)
    public boolean hasAddress(Account account) {
        return directory.emails(List.of(account.id())).containsKey(account.id());
    }

    /** The person's latest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> latest(Account account) {
        return repository.latest(account.id(), SHOWN);
    }

    /** How many of the person's notifications are unread. */
    @Transactional(readOnly = true)
    public int unreadCount(Account account) {
        return repository.unreadCount(account.id());
    }

    /** Marks one of the person's own notifications read (another person's id changes nothing). */
    @Transactional
    public void markRead(Account account, long notificationId) {
        repository.markRead(account.id(), Optional.of(notificationId), OffsetDateTime.now(clock));
    }

    /** Marks all the person's notifications read. */
    @Transactional
    public void markAllRead(Account account) {
        repository.markRead(account.id(), Optional.empty(), OffsetDateTime.now(clock));
    }

    /** The person's e-mail choice for every kind (e-mail at once where they made none). */
    @Transactional(readOnly = true)
    public List<MailPreference> preferences(Account account) {
        Map<NotificationKind, MailPreference> saved = repository.preferences(account.id()).stream()
                .collect(Collectors.toMap(MailPreference::kind, Function.identity()));
        return Arrays.stream(NotificationKind.values()).map(k -> saved.getOrDefault(k, MailPreference.defaultFor(k))).toList();
    }

    /** Saves the person's e-mail choice for one kind; it applies to notifications written from now on. */
    @Transactional
    public void setPreference(Account account, MailPreference preference) {
        repository.savePreference(account.id(), preference);
    }

    /**
     * Turns e-mail of one kind off for the person, keeping their choice of at once or daily (an unsubscribe
     * link); nothing happens for an essential kind or a person no longer in Lantern.
     */
    @Transactional
    void turnOffEmail(long accountId, NotificationKind kind) {
        if (!kind.essential() && !directory.displayNames(List.of(accountId)).isEmpty()) {
            repository.savePreference(accountId, new MailPreference(kind, false, preference(accountId, kind).digest()));
        }
    }

    private MailPreference preference(long accountId, NotificationKind kind) {
        return repository.preferences(accountId).stream().filter(p -> p.kind() == kind).findFirst()
                .orElse(MailPreference.defaultFor(kind));
    }

    /** How many notifications' e-mails stand in each state, for the administrators' page. */
    @Transactional(readOnly = true)
    public Map<String, Integer> mailCounts() {
        return repository.mailCounts().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), Map.Entry::getValue));
    }
}
