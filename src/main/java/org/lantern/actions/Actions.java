package org.lantern.actions;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The door to the team action log. A team's actions are for that team's members and managers
 * only; any of them can add an action or move one on, and every change is kept with who and when.
 * Whether an action is overdue is decided here, on the application's clock.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Actions {

    private final ActionRepository repository;
    private final PeopleService people;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** The clock the log is kept on: what is overdue, and when a self-review's actions fall due. */
    public Clock clock() {
        return clock;
    }

    /**
     * Adds an action to a team's log. Members and managers can add actions; the owner is a team
     * member or, when null, the team.
     *
     * @param originId the session or self-review the action was agreed in; null for {@link ActionOrigin#DIRECT}
     * @throws ActionException when the person is not in the team, or the description or owner will not do
     */
    @Transactional
    public ActionPoint add(Account account, long teamId, String description, @Nullable Long ownerId, @Nullable LocalDate due,
                           ActionOrigin origin, @Nullable Long originId) {
        requireMember(account, teamId);
        if (description == null || description.isBlank()) {
            throw new ActionException("Describe the action.");
        }
        if (description.length() > 1000) {
            throw new ActionException("Describe the action in up to 1000 characters.");
        }
        if (ownerId != null && people.teamMembers(teamId).stream().noneMatch(a -> a.id() == ownerId)) {
            throw new ActionException("The owner must be a member of the team, or the team itself.");
        }
        long id = repository.insert(teamId, description.strip(), ownerId, due, origin, originId, account.id());
        ActionPoint added = repository.action(id, today()).orElseThrow();
        events.publishEvent(new ActionAssigned(added, account.id()));
        return added;
    }

    /**
     * Every team's open actions whose due date has passed, for reminders (the notifications feature asks;
     * no person's view: whoever asks must tell only the action's owner or its team's managers).
     */
    @Transactional(readOnly = true)
    public List<ActionPoint> overdue() {
        return repository.overdue(today());
    }

    /** A team's whole log, open actions first, then by due date. */
    @Transactional(readOnly = true)
    public List<ActionPoint> actions(Account account, long teamId) {
        requireMember(account, teamId);
        return repository.ofTeam(teamId, today());
    }

    /** Open and in-progress actions of a team: what the next session starts by reviewing. */
    @Transactional(readOnly = true)
    public List<ActionPoint> openActions(Account account, long teamId) {
        return actions(account, teamId).stream().filter(a -> !a.status().closed()).toList();
    }

    /** The actions a team agreed in one session or self-review, for the person's own teams only. */
    @Transactional(readOnly = true)
    public List<ActionPoint> agreedIn(Account account, long teamId, ActionOrigin origin, long originId) {
        requireMember(account, teamId);
        return repository.from(teamId, origin, originId, today());
    }

    /** Overdue actions in the teams a manager manages, for their home page. */
    @Transactional(readOnly = true)
    public List<ActionPoint> overdueForManager(Account manager) {
        List<Long> teams = manager.managedTeams().stream().map(Account.TeamMembership::teamId).filter(manager::manages).toList();
        if (teams.isEmpty()) {
            return List.of();
        }
        return repository.ofTeams(teams, today()).stream().filter(ActionPoint::overdue).toList();
    }

    /**
     * Moves an action on (open → in progress → done, or dropped with a reason), or adds a note at
     * the same status. Every change is kept in the action's history with who and when.
     *
     * @throws ActionException when the action is gone or not the person's team's, when dropping
     *                         without a reason, or when someone else changed it first
     */
    @Transactional
    public ActionPoint updateStatus(Account account, long actionId, ActionStatus to, @Nullable String note) {
        ActionPoint action = repository.action(actionId, today()).orElseThrow(() -> new ActionException("That action no longer exists."));
        requireMember(account, action.teamId());
        String text = note == null ? "" : note.strip();
        if (text.length() > 2000) {
            throw new ActionException("Updates are at most 2000 characters.");
        }
        if (to == action.status()) {
            if (text.isEmpty()) {
                throw new ActionException("Write an update, or choose a new status.");
            }
            repository.addNote(actionId, to, account.id(), text);
            return repository.action(actionId, today()).orElseThrow();
        }
        if (to == ActionStatus.DROPPED && text.isEmpty()) {
            throw new ActionException("Say why the action is being dropped.");
        }
        if (repository.updateStatus(actionId, action.status(), to, text, account.id(), text) == 0) {
            throw new ActionException("Someone else has just changed this action. Please look again.");
        }
        return repository.action(actionId, today()).orElseThrow();
    }

    /** Every change to an action, oldest first, for members of its team. */
    @Transactional(readOnly = true)
    public List<ActionUpdate> history(Account account, long actionId) {
        ActionPoint action = repository.action(actionId, today()).orElseThrow(() -> new ActionException("That action no longer exists."));
        requireMember(account, action.teamId());
        return repository.history(actionId);
    }

    /** The team's action log as CSV, safe to open in a spreadsheet. The export is audited. */
    @Transactional(readOnly = true)
    public byte[] actionsCsv(Account account, long teamId) {
        byte[] csv = ActionExport.csv(actions(account, teamId));
        audit.record(account.username(), AuditEventType.EXPORT, "Team action log (CSV): team " + teamId);
        return csv;
    }

    /** The team's action log as a printable PDF. The export is audited. */
    @Transactional(readOnly = true)
    public byte[] actionsPdf(Account account, long teamId) {
        List<ActionPoint> list = actions(account, teamId);
        String team = account.teams().stream().filter(t -> t.teamId() == teamId).findFirst()
                .map(Account.TeamMembership::teamName).orElse("");
        byte[] pdf = ActionExport.pdf(team, list, LocalDate.now(clock));
        audit.record(account.username(), AuditEventType.EXPORT, "Team action log (PDF): team " + teamId);
        return pdf;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void requireMember(Account account, long teamId) {
        if (!account.belongsTo(teamId)) {
            throw new ActionException("You can only see the action log of your own teams.");
        }
    }
}
