package org.lantern.notifications;

import lombok.RequiredArgsConstructor;

import org.lantern.training.Compliance;
import org.lantern.training.Requirement;
import org.lantern.training.RequirementState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Required learning: a notice {@value RequirementState#DUE_SOON_DAYS} days before a required module is due
 * and one the day after it was due, to the person only, each once per module and due date. Run daily
 * on the application's clock; someone who completed (or renewed) the module by then is not told.
 */
@Service
@RequiredArgsConstructor
public class TrainingNotifications {

    private final Compliance compliance;
    private final Notifications notifications;
    private final Clock clock;

    /**
     * Writes the notices due today that are not written yet.
     *
     * @return how many notifications were new
     */
    @Transactional
    public int check() {
        List<NewNotification> due = new ArrayList<>();
        for (Compliance.Due d : compliance.dueSoonAndOverdue(LocalDate.now(clock))) {
            Requirement r = d.requirement();
            String subject = "required:" + r.moduleKey();
            String when = Requirement.DATE.format(r.dueOn());
            if (r.state() == RequirementState.REFRESH_DUE && r.validUntil() != null) {
                // once per completion: a retake starts a new validity, and with it a new refresh notice later
                String until = Requirement.DATE.format(r.validUntil());
                due.add(new NewNotification(NotificationKind.REQUIRED_LEARNING_DUE, d.accountId(), subject, "refresh:" + r.validUntil(),
                        "Time to refresh required learning, by " + until,
                        "Your completion of " + r.moduleTitle() + " counts until " + until + ". Take it again before then, "
                                + "so it stays up to date.", "learn/" + r.moduleKey()));
            } else if (r.state() == RequirementState.OVERDUE) {
                due.add(new NewNotification(NotificationKind.REQUIRED_LEARNING_OVERDUE, d.accountId(), subject, "overdue:" + r.dueOn(),
                        "Required learning is overdue",
                        "You were asked to complete " + r.moduleTitle() + " by " + when + ". Please complete it as soon as you can.",
                        "learn/" + r.moduleKey()));
            } else {
                due.add(new NewNotification(NotificationKind.REQUIRED_LEARNING_DUE, d.accountId(), subject, "due-soon:" + r.dueOn(),
                        "Required learning due by " + when,
                        "You are asked to complete " + r.moduleTitle() + " by " + when + ".", "learn/" + r.moduleKey()));
            }
        }
        return notifications.write(due);
    }
}
