package org.lantern.notifications;

import lombok.RequiredArgsConstructor;

import org.lantern.people.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the notifications' e-mails from the outbox. Each is claimed with {@code FOR UPDATE SKIP LOCKED}
 * and marked sent in the same transaction as it is handed to the mail server, so two senders (two
 * instances, or two runs at once) never send it twice. A failure is retried with back-off (1, 2, 4 …
 * minutes, at most 6 hours apart) and given up after {@value #MAX_ATTEMPTS} attempts. Each e-mail is
 * logged with its kind, recipient account and time, never its content.
 */
@Service
@RequiredArgsConstructor
public class NotificationSender {

    static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final NotificationRepository repository;
    private final NotificationMailer mailer;
    private final SurveyNotifications surveys;
    private final Notifications notifications;
    private final Directory directory;
    private final TransactionTemplate transactions;
    private final Clock clock;

    /**
     * Sends the e-mails due now, one transaction each, until none is left (or a run's worth).
     *
     * @return how many were sent
     */
    public int sendDue() {
        if (!notifications.mailConfigured()) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Optional<Boolean> outcome = transactions.execute(status -> {
                OffsetDateTime now = OffsetDateTime.now(clock);
                return repository.claimDue(now).map(item -> deliver(List.of(item), MailDelivery.PENDING, now));
            });
            if (outcome == null || outcome.isEmpty()) {
                break;
            }
            sent += outcome.get() ? 1 : 0;
        }
        return sent;
    }

    /**
     * Sends each person one e-mail with their digest notifications written before now.
     *
     * @return how many digests were sent
     */
    public int sendDigests() {
        if (!notifications.mailConfigured()) {
            return 0;
        }
        int sent = 0;
        for (long account : repository.digestAccounts(OffsetDateTime.now(clock))) {
            Boolean done = transactions.execute(status -> {
                OffsetDateTime now = OffsetDateTime.now(clock);
                List<NotificationRepository.Outgoing> items = repository.claimDigest(account, now);
                return !items.isEmpty() && deliver(items, MailDelivery.DIGEST, now);
            });
            sent += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return sent;
    }

    /** Sends what still holds to the person's address; true when an e-mail went. */
    private boolean deliver(List<NotificationRepository.Outgoing> items, MailDelivery waiting, OffsetDateTime now) {
        long account = items.getFirst().accountId();
        List<NotificationRepository.Outgoing> holding = items.stream()
                .filter(i -> surveys.stillHolds(i.kind(), i.accountId(), i.subject())).toList();
        items.stream().filter(i -> !holding.contains(i)).forEach(i -> {
            repository.settle(List.of(i.id()), MailDelivery.WITHDRAWN, now);
            log.info("Notification {} ({}) to account {} withdrawn: no longer holds", i.id(), i.kind().key(), account);
        });
        Map<Long, String> address = directory.emails(List.of(account));
        List<Long> ids = holding.stream().map(NotificationRepository.Outgoing::id).toList();
        if (holding.isEmpty()) {
            return false;
        }
        if (!address.containsKey(account)) {
            repository.settle(ids, MailDelivery.NOT_SENT, now);
            return false;
        }
        try {
            mailer.send(address.get(account), holding);
        } catch (MailException | IllegalStateException e) {
            int attempts = holding.getFirst().attempts() + 1;
            boolean giveUp = attempts >= MAX_ATTEMPTS;
            Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 9)).compareTo(Duration.ofHours(6)) > 0
                    ? Duration.ofHours(6) : Duration.ofMinutes(1L << Math.min(attempts - 1, 9));
            repository.failed(ids, attempts, now.plus(wait), giveUp ? MailDelivery.FAILED : waiting, String.valueOf(e.getMessage()));
            log.warn("E-mail of notification(s) {} to account {} failed (attempt {}{}): {}", ids, account, attempts,
                    giveUp ? ", given up" : ", retried after " + wait, e.getMessage());
            return false;
        }
        repository.settle(ids, MailDelivery.SENT, now);
        log.info("E-mailed notification(s) {} ({}) to account {} at {}", ids,
                holding.stream().map(i -> i.kind().key()).distinct().toList(), account, now);
        return true;
    }
}
