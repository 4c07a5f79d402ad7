package org.lantern.reflection;

import org.lantern.audit.AuditEventType;
import org.lantern.base.ReportingProperties;
import org.lantern.audit.AuditService;
import org.lantern.people.Account;
import org.lantern.people.PeopleService;
import org.lantern.people.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.lantern.db.Tables.ACTION_POINT;

/**
 * The door to reflective sessions and the team action log. A team's sessions, notes and actions
 * are for that team's members and managers only; notes only for those who attended and the
 * managers. Feedback is anonymous and has a window, from the session's start until
 * {@code lantern.sessions.feedback-days} after it ends; nobody sees any figure while it is open.
 * When it has closed, the team's managers see one frozen snapshot of the totals, under the same
 * rules as reports ({@code lantern.reports.min-group-size}): see {@link FeedbackRules}.
 */
@Service
public class ReflectionService {

    private static final DateTimeFormatter CLOSED_ON = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final ReflectionRepository repository;
    private final ReflectionContent content;
    private final PeopleService people;
    private final Map<String, SessionFocusSource> focusSources;
    private final Clock clock;
    private final AuditService audit;
    private final SessionProperties settings;
    private final ReportingProperties reporting;
    private final Random random = new SecureRandom();

    ReflectionService(ReflectionRepository repository, ReflectionContent content, PeopleService people,
                      List<SessionFocusSource> focusSources, Clock clock, AuditService audit,
                      SessionProperties settings, ReportingProperties reporting) {
        this.settings = settings;
        this.reporting = reporting;
        this.audit = audit;
        this.repository = repository;
        this.content = content;
        this.people = people;
        this.focusSources = focusSources.stream().collect(Collectors.toMap(SessionFocusSource::type, Function.identity()));
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public List<ReflectionModel> models() {
        return content.models();
    }

    public Optional<ReflectionModel> model(String key) {
        return content.model(key);
    }

    public List<String> groundRules() {
        return content.groundRules();
    }

    /** The kinds of focus on offer, e.g. lesson, story, tool (a free topic is always possible). */
    public List<SessionFocusSource> focusSources() {
        return focusSources.values().stream().sorted(Comparator.comparing(SessionFocusSource::label)).toList();
    }

    public Optional<SessionFocusSource.Content> focusContent(ReflectiveSession session) {
        if (session.focusType().equals("topic")) {
            return Optional.empty();
        }
        return Optional.ofNullable(focusSources.get(session.focusType())).flatMap(s -> s.content(session.focusRef()));
    }

    // --- sessions ---------------------------------------------------------------------------------

    /** A manager plans a session for one of the teams they manage. */
    @Transactional
    public ReflectiveSession plan(String username, NewSession request) {
        Account manager = account(username);
        requireManager(manager, request.teamId());
        if (request.startsAt() == null) {
            throw new ReflectionException("Choose the date and time of the session.");
        }
        if (request.durationMinutes() < 10 || request.durationMinutes() > 480) {
            throw new ReflectionException("Sessions last between 10 minutes and 8 hours.");
        }
        if (content.model(request.modelKey()).isEmpty()) {
            throw new ReflectionException("Choose a reflection model.");
        }
        String type = request.focusType() == null ? "" : request.focusType();
        String ref = request.focusRef() == null ? "" : request.focusRef().strip();
        String title;
        if (type.equals("topic")) {
            if (ref.isEmpty() || ref.length() > 200) {
                throw new ReflectionException("Describe the topic in up to 200 characters.");
            }
            title = ref;
        } else {
            SessionFocusSource source = focusSources.get(type);
            if (source == null) {
                throw new ReflectionException("Choose what the session will focus on.");
            }
            title = source.options().stream().filter(o -> o.ref().equals(ref)).map(SessionFocusSource.Option::title).findFirst()
                    .orElseThrow(() -> new ReflectionException("That " + source.label().toLowerCase() + " is not available."));
        }
        if (request.preReading() != null && request.preReading().length() > 5000) {
            throw new ReflectionException("Pre-reading notes are at most 5000 characters.");
        }
        Instant startsAt = request.startsAt().atZone(clock.getZone()).toInstant();
        Instant feedbackCloses = request.startsAt().plusMinutes(request.durationMinutes()).plusDays(settings.feedbackDays())
                .atZone(clock.getZone()).toInstant();
        long id = repository.insertSession(new NewSession(request.teamId(), request.startsAt(), request.durationMinutes(), type, ref,
                request.modelKey(), request.preReading()), startsAt, feedbackCloses, title, manager.id());
        return repository.session(id).orElseThrow();
    }

    /** Sessions of every team the person belongs to or manages, earliest first. */
    @Transactional(readOnly = true)
    public List<ReflectiveSession> sessionsFor(String username) {
        Account account = account(username);
        List<Long> teams = account.teams().stream().map(Account.TeamMembership::teamId).toList();
        return teams.isEmpty() ? List.of() : repository.sessions(teams);
    }

    /** The next session not yet started, for the person's teams. */
    @Transactional(readOnly = true)
    public Optional<ReflectiveSession> nextSession(String username) {
        Instant now = clock.instant();
        return sessionsFor(username).stream().filter(s -> !s.cancelled() && s.startsAt().plusSeconds(60L * s.durationMinutes()).isAfter(now))
                .findFirst();
    }

    /**
     * A session as this person may see it. The first time one of the team's managers opens it after
     * feedback has closed, the feedback totals are frozen: from then on everyone sees that snapshot.
     */
    @Transactional
    public SessionDetail detail(String username, long sessionId) {
        Account account = account(username);
        ReflectiveSession session = visibleSession(account, sessionId);
        boolean manages = manages(account, session.teamId());
        Set<Long> present = repository.attendance(sessionId);
        boolean attended = present.contains(account.id());
        List<SessionDetail.Attendee> team = people.teamMembers(session.teamId()).stream().filter(Account::enabled)
                .map(a -> new SessionDetail.Attendee(a.id(), a.displayName(), present.contains(a.id()))).toList();
        List<ActionPoint> actions = repository.actions(ACTION_POINT.ORIGIN_TYPE.eq("session").and(ACTION_POINT.ORIGIN_ID.eq(sessionId)));
        return new SessionDetail(session, manages || attended ? repository.notes(sessionId) : null, team, actions,
                feedback(account, session, manages, attended), manages, attended);
    }

    private SessionDetail.Feedback feedback(Account account, ReflectiveSession session, boolean manages, boolean attended) {
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

    @Transactional
    public void recordAttendance(String username, long sessionId, Set<Long> accountIds) {
        Account manager = account(username);
        ReflectiveSession session = visibleSession(manager, sessionId);
        requireManager(manager, session.teamId());
        Set<Long> members = people.teamMembers(session.teamId()).stream().map(Account::id).collect(Collectors.toSet());
        if (!members.containsAll(accountIds)) {
            throw new ReflectionException("Only members of the team can be recorded as attending.");
        }
        repository.replaceAttendance(sessionId, accountIds);
    }

    /** Confidential notes: themes discussed, never names of people using services. */
    @Transactional
    public void saveNotes(String username, long sessionId, String notes) {
        Account manager = account(username);
        ReflectiveSession session = visibleSession(manager, sessionId);
        requireManager(manager, session.teamId());
        if (notes != null && notes.length() > 20000) {
            throw new ReflectionException("Notes are at most 20,000 characters.");
        }
        repository.saveNotes(sessionId, notes == null ? "" : notes.strip(), manager.id());
    }

    @Transactional
    public void cancel(String username, long sessionId) {
        Account manager = account(username);
        requireManager(manager, visibleSession(manager, sessionId).teamId());
        repository.cancel(sessionId);
    }

    /**
     * Anonymous feedback from someone who attended, once, while feedback is open: from the session's
     * start until its feedback closes. The team's managers see the totals, so they do not answer.
     */
    @Transactional
    public void giveFeedback(String username, long sessionId, int usefulness, String takeaway) {
        giveFeedback(username, sessionId, usefulness, takeaway, clock.instant());
    }

    /** The same, as at a given moment: for demo data describing a session that has already happened. */
    @Transactional
    void giveFeedback(String username, long sessionId, int usefulness, String takeaway, Instant now) {
        Account account = account(username);
        ReflectiveSession session = visibleSession(account, sessionId);
        repository.lockForFeedback(sessionId, false);
        if (manages(account, session.teamId())) {
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

    // --- actions -----------------------------------------------------------------------------------

    /**
     * Adds an action to a team's log. Members and managers can add actions; the owner is a team
     * member or, when null, the team.
     */
    @Transactional
    public ActionPoint addAction(String username, long teamId, String description, Long ownerId, LocalDate due,
                                 String originType, Long originId) {
        Account account = account(username);
        requireMember(account, teamId);
        if (description == null || description.isBlank()) {
            throw new ReflectionException("Describe the action.");
        }
        if (description.length() > 1000) {
            throw new ReflectionException("Describe the action in up to 1000 characters.");
        }
        if (ownerId != null && people.teamMembers(teamId).stream().noneMatch(a -> a.id() == ownerId)) {
            throw new ReflectionException("The owner must be a member of the team, or the team itself.");
        }
        if (!Set.of("session", "self_review", "direct").contains(originType)) {
            throw new IllegalArgumentException("Unknown origin " + originType);
        }
        long id = repository.insertAction(teamId, description.strip(), ownerId, due, originType, originId, account.id());
        return repository.action(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ActionPoint> actions(String username, long teamId) {
        requireMember(account(username), teamId);
        return repository.actions(ACTION_POINT.TEAM_ID.eq(teamId));
    }

    /** Open and in-progress actions of a team: what the next session starts by reviewing. */
    @Transactional(readOnly = true)
    public List<ActionPoint> openActions(String username, long teamId) {
        return actions(username, teamId).stream().filter(a -> !a.status().closed()).toList();
    }

    /** Overdue actions in the teams a manager manages, for their home page. */
    @Transactional(readOnly = true)
    public List<ActionPoint> overdueForManager(String username) {
        Account manager = account(username);
        List<Long> teams = manager.managedTeams().stream().map(Account.TeamMembership::teamId).toList();
        if (teams.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return repository.actions(ACTION_POINT.TEAM_ID.in(teams)).stream().filter(a -> a.overdue(today)).toList();
    }

    /**
     * Moves an action on (open → in progress → done, or dropped with a reason). Every change is
     * kept in the action's history with who and when.
     */
    @Transactional
    public ActionPoint updateStatus(String username, long actionId, ActionStatus to, String note) {
        Account account = account(username);
        ActionPoint action = repository.action(actionId).orElseThrow(() -> new ReflectionException("That action no longer exists."));
        requireMember(account, action.teamId());
        String text = note == null ? "" : note.strip();
        if (text.length() > 2000) {
            throw new ReflectionException("Updates are at most 2000 characters.");
        }
        if (to == action.status()) {
            if (text.isEmpty()) {
                throw new ReflectionException("Write an update, or choose a new status.");
            }
            repository.addNote(actionId, to, account.id(), text);
            return repository.action(actionId).orElseThrow();
        }
        if (to == ActionStatus.DROPPED && text.isEmpty()) {
            throw new ReflectionException("Say why the action is being dropped.");
        }
        if (repository.updateStatus(actionId, action.status(), to, text, account.id(), text) == 0) {
            throw new ReflectionException("Someone else has just changed this action. Please look again.");
        }
        return repository.action(actionId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ActionUpdate> history(String username, long actionId) {
        ActionPoint action = repository.action(actionId).orElseThrow(() -> new ReflectionException("That action no longer exists."));
        requireMember(account(username), action.teamId());
        return repository.history(actionId);
    }

    /** The team's action log as CSV, safe to open in a spreadsheet. */
    @Transactional(readOnly = true)
    public byte[] actionsCsv(String username, long teamId) {
        byte[] csv = ActionExport.csv(actions(username, teamId));
        audit.record(username, AuditEventType.EXPORT, "Team action log (CSV): team " + teamId);
        return csv;
    }

    /** The team's action log as a printable PDF. */
    @Transactional(readOnly = true)
    public byte[] actionsPdf(String username, long teamId) {
        List<ActionPoint> list = actions(username, teamId);
        String team = account(username).teams().stream().filter(t -> t.teamId() == teamId).findFirst()
                .map(Account.TeamMembership::teamName).orElse("");
        byte[] pdf = ActionExport.pdf(team, list, LocalDate.now(clock));
        audit.record(username, AuditEventType.EXPORT, "Team action log (PDF): team " + teamId);
        return pdf;
    }

    // --- access --------------------------------------------------------------------------------------

    private ReflectiveSession visibleSession(Account account, long sessionId) {
        ReflectiveSession session = repository.session(sessionId)
                .orElseThrow(() -> new ReflectionException("That session could not be found."));
        if (account.teams().stream().noneMatch(t -> t.teamId() == session.teamId())) {
            throw new ReflectionException("That session could not be found.");
        }
        return session;
    }

    static boolean manages(Account account, long teamId) {
        return account.hasRole(Role.MANAGER) && account.managedTeams().stream().anyMatch(t -> t.teamId() == teamId);
    }

    private static void requireManager(Account account, long teamId) {
        if (!manages(account, teamId)) {
            throw new ReflectionException("Only the team's manager can do this.");
        }
    }

    private static void requireMember(Account account, long teamId) {
        if (account.teams().stream().noneMatch(t -> t.teamId() == teamId)) {
            throw new ReflectionException("You can only see the action log of your own teams.");
        }
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow(() -> new ReflectionException("Account not found."));
    }
}
