package org.lantern.reflection;

import lombok.RequiredArgsConstructor;

import org.lantern.base.ReportingProperties;
import org.lantern.base.security.Account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * The anonymous feedback part of {@link Sessions}: who is asked, who may still answer, taking an
 * answer, and freezing the totals once when feedback has closed (under {@link FeedbackRules}).
 */
@RequiredArgsConstructor
final class SessionFeedback {

    private static final DateTimeFormatter CLOSED_ON = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final SessionRepository repository;
    private final ReportingProperties reporting;
    private final Clock clock;
    private final Random random = new SecureRandom();

    /** What this person may do and see of a session's feedback now. */
    SessionDetail.Feedback of(Account account, ReflectiveSession session, boolean manages, boolean attended) {
        Instant now = clock.instant();
        SessionDetail.FeedbackPhase phase = session.feedbackPhase(now);
        boolean asked = attended && !manages;
        boolean given = asked && repository.feedbackGiven(session.id(), account.id());
        SessionDetail.FeedbackSummary summary = manages && phase == SessionDetail.FeedbackPhase.CLOSED
                ? frozenFeedback(session.id(), now) : null;
        return new SessionDetail.Feedback(phase, session.feedbackClosesAt(), reporting.minGroupSize(), asked,
                asked && !given && phase == SessionDetail.FeedbackPhase.OPEN, given, summary);
    }

    /** The snapshot of a closed session's feedback, taken now if nobody has looked since it closed. */
    private SessionDetail.FeedbackSummary frozenFeedback(long sessionId, Instant now) {
        return repository.feedbackSummary(sessionId).orElseGet(() -> {
            repository.lockForFeedback(sessionId, true);
            if (repository.feedbackSummary(sessionId).isEmpty()) {
                repository.saveFeedbackSummary(sessionId,
                        FeedbackRules.freeze(repository.feedback(sessionId), reporting.minGroupSize(), random, now));
            }
            return repository.feedbackSummary(sessionId).orElseThrow();
        });
    }

    /** Takes one person's answer, as at a moment, or says why it cannot be taken. */
    void give(Account account, ReflectiveSession session, boolean manages, int usefulness, String takeaway, Instant now) {
        long sessionId = session.id();
        repository.lockForFeedback(sessionId, false);
        if (manages) {
            throw new ReflectionException("You manage this team, so you see the totals instead of giving feedback.");
        }
        if (!repository.attendance(sessionId).contains(account.id())) {
            throw new ReflectionException("Only people who attended can give feedback on a session.");
        }
        switch (session.feedbackPhase(now)) {
            case NOT_YET_OPEN -> throw new ReflectionException("You can give feedback once the session has started.");
            case CLOSED -> throw new ReflectionException("Feedback on this session closed on "
                    + CLOSED_ON.format(session.feedbackClosesAt().atZone(clock.getZone())) + ".");
            case OPEN -> {
                if (repository.feedbackSummary(sessionId).isPresent()) {
                    throw new ReflectionException("Feedback on this session has closed.");
                }
            }
        }
        if (usefulness < 1 || usefulness > 5) {
            throw new ReflectionException("Choose how useful the session was, from 1 to 5.");
        }
        String text = takeaway == null ? "" : takeaway.strip();
        if (text.length() > 500) {
            throw new ReflectionException("Keep your take-away to 500 characters.");
        }
        if (!repository.giveFeedback(sessionId, account.id(), usefulness, text)) {
            throw new ReflectionException("You have already given feedback on this session. Thank you.");
        }
    }
}
