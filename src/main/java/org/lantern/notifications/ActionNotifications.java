package org.lantern.notifications;

import lombok.RequiredArgsConstructor;

import org.lantern.actions.ActionAssigned;
import org.lantern.actions.ActionPoint;
import org.lantern.actions.Actions;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells the owner of an action when it is added to the team's log with them as owner (in that
 * transaction), and once when it is overdue (the daily check). An action the team owns goes to the
 * team's managers. Nobody is told about an action they added themselves.
 */
@Service
@RequiredArgsConstructor
public class ActionNotifications {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Notifications notifications;
    private final Actions actions;
    private final PeopleService people;

    @EventListener
    void on(ActionAssigned event) {
        ActionPoint action = event.action();
        String due = action.due() == null ? "" : " It is due by " + DAY.format(action.due()) + ".";
        notifications.write(recipients(action).stream().filter(id -> id != event.addedBy())
                .map(id -> new NewNotification(NotificationKind.ACTION_ASSIGNED, id, "action:" + action.id(), "assigned",
                        action.ownerId() == null ? "An action for your team" : "An action for you",
                        "An action was added to the log of " + action.teamName() + (action.ownerId() == null ? " for the team: " : " for you: ")
                                + action.description() + due, "actions"))
                .toList());
    }

    /**
     * Writes a notice for each open action whose due date has passed, once per action and due date.
     *
     * @return how many notifications were new
     */
    @Transactional
    public int checkOverdue() {
        List<NewNotification> due = new ArrayList<>();
        for (ActionPoint action : actions.overdue()) {
            for (long id : recipients(action)) {
                due.add(new NewNotification(NotificationKind.ACTION_OVERDUE, id, "action:" + action.id(), "overdue:" + action.due(),
                        "An action is overdue",
                        "This action in the log of " + action.teamName() + " was due by " + DAY.format(action.due())
                                + " and is still open: " + action.description()
                                + " Update it in Lantern: mark it done, add progress, or drop it with a reason.",
                        "actions"));
            }
        }
        return notifications.write(due);
    }

    /** The owner, or for an action the team owns, the team's managers. */
    private List<Long> recipients(ActionPoint action) {
        if (action.ownerId() != null) {
            return List.of(action.ownerId());
        }
        return people.teamMembers(action.teamId()).stream().filter(a -> a.enabled() && a.manages(action.teamId()))
                .map(Account::id).toList();
    }
}
