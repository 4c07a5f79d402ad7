package org.lantern.notifications;

import lombok.RequiredArgsConstructor;

import org.lantern.surveys.OpenWave;
import org.lantern.surveys.SurveyInvitations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Survey invitations when a wave opens and reminders to people who have not yet submitted it, on the
 * days after opening the programme's evaluator chose. Run every minute or so: whatever it has written
 * before is not written again, so a wave that opens today (created or imported during the day) is
 * invited within minutes. Reminders go only to the person, never to a manager.
 */
@Service
@RequiredArgsConstructor
public class SurveyNotifications {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final SurveyInvitations invitations;
    private final Notifications notifications;
    private final Clock clock;

    /**
     * Writes the invitations and reminders due today that are not written yet.
     *
     * @return how many notifications were new
     */
    @Transactional
    public int check() {
        LocalDate today = LocalDate.now(clock);
        List<NewNotification> due = new ArrayList<>();
        for (OpenWave wave : invitations.openOn(today)) {
            String subject = subject(wave);
            Set<Long> invited = notifications.alreadyNotified(NotificationKind.SURVEY_INVITATION, subject, "opened");
            for (long account : invitations.invited(wave.programmeKey())) {
                if (invited.contains(account)) {
                    continue;
                }
                due.add(new NewNotification(NotificationKind.SURVEY_INVITATION, account, subject, "opened",
                        "A survey is open: " + wave.programmeTitle(),
                        "The " + wave.waveKey() + " survey of " + wave.programmeTitle() + " is open until "
                                + DAY.format(wave.closes()) + ". Your answers are kept under a code, not your name.",
                        wave.answerRoute()));
            }
            // a reminder day is done once its reminders are written: only those who had not submitted then get one,
            // and the costlier who-has-submitted question is not asked again every minute
            reminderDay(wave, today).filter(day -> notifications.alreadyNotified(NotificationKind.SURVEY_REMINDER, subject,
                    "day-" + day).isEmpty()).ifPresent(day -> {
                for (long account : invitations.notSubmitted(wave.programmeKey(), wave.waveKey())) {
                    due.add(new NewNotification(NotificationKind.SURVEY_REMINDER, account, subject, "day-" + day,
                            "Reminder: a survey is open until " + DAY.format(wave.closes()),
                            "You have not yet submitted the " + wave.waveKey() + " survey of " + wave.programmeTitle()
                                    + ". It is open until " + DAY.format(wave.closes()) + ". If you have submitted it since, "
                                    + "there is nothing more to do.",
                            wave.answerRoute()));
                }
            });
        }
        return notifications.write(due);
    }

    /** The latest reminder day reached by today, if any: one missed while Lantern was down is sent late, once. */
    static Optional<Integer> reminderDay(OpenWave wave, LocalDate today) {
        return wave.reminderDays().stream().filter(d -> !wave.opens().plusDays(d).isAfter(today)).reduce((a, b) -> b);
    }

    /**
     * Whether the notification still holds as its e-mail is about to go: a reminder to someone who has
     * submitted since it was written is withdrawn.
     */
    @Transactional(readOnly = true)
    public boolean stillHolds(NotificationKind kind, long accountId, String subject) {
        if (kind != NotificationKind.SURVEY_REMINDER || !subject.startsWith("survey:")) {
            return true;
        }
        String[] parts = subject.substring("survey:".length()).split("/", 2);
        return parts.length == 2 && invitations.notSubmitted(parts[0], parts[1]).contains(accountId);
    }

    private static String subject(OpenWave wave) {
        return "survey:" + wave.programmeKey() + "/" + wave.waveKey();
    }
}
