package org.lantern.reflection;

import org.lantern.actions.ActionOrigin;
import org.lantern.actions.ActionPoint;
import org.lantern.actions.Actions;
import org.lantern.base.ReportingProperties;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The door to reflective sessions. A team's sessions are for that team's members and managers
 * only; notes only for those who attended and the managers. Feedback is anonymous and has a
 * window, from the session's start until {@code lantern.sessions.feedback-days} after it ends;
 * nobody sees any figure while it is open. When it has closed, the team's managers see one frozen
 * snapshot of the totals, under the same rules as reports ({@code lantern.reports.min-group-size}):
 * see {@link FeedbackRules}. The actions a session agrees are kept in the team's action log
 * ({@link Actions}).
 */
@Service
public class Sessions {

    private final SessionRepository repository;
    private final ReflectionContent content;
    private final PeopleService people;
    private final Actions actions;
    private final Map<FocusType, SessionFocusSource> focusSources;
    private final Clock clock;
    private final SessionProperties settings;
    private final SessionFeedback feedback;
    private final ApplicationEventPublisher events;

    Sessions(SessionRepository repository, ReflectionContent content, PeopleService people, Actions actions,
             List<SessionFocusSource> focusSources, Clock clock, SessionProperties settings, ReportingProperties reporting,
             ApplicationEventPublisher events) {
        this.events = events;
        this.settings = settings;
        this.repository = repository;
        this.content = content;
        this.people = people;
        this.actions = actions;
        this.focusSources = focusSources.stream().collect(Collectors.toMap(SessionFocusSource::type, Function.identity()));
        this.clock = clock;
        this.feedback = new SessionFeedback(repository, reporting, this.clock);
    }

    /** The clock sessions are kept on. */
    public Clock clock() {
        return clock;
    }

    /** The reflection models on offer, from {@code content/reflection-models/}. */
    public List<ReflectionModel> models() {
        return content.models();
    }

    /** One reflection model by its key. */
    public Optional<ReflectionModel> model(String key) {
        return content.model(key);
    }

    /** The ground rules every session starts with. */
    public List<String> groundRules() {
        return content.groundRules();
    }

    /** The kinds of focus on offer, e.g. lesson, story, tool (a free topic is always possible). */
    public List<SessionFocusSource> focusSources() {
        return focusSources.values().stream().sorted(Comparator.comparing(SessionFocusSource::label)).toList();
    }

    /** The text of a session's focus; empty for a topic, or when the story, lesson or tool is no longer available. */
    public Optional<SessionFocusSource.Content> focusContent(ReflectiveSession session) {
        if (session.focusType() == FocusType.TOPIC) {
            return Optional.empty();
        }
        return Optional.ofNullable(focusSources.get(session.focusType())).flatMap(s -> s.content(session.focusRef()));
    }

    /** A manager plans a session for one of the teams they manage. */
    @Transactional
    public ReflectiveSession plan(Account manager, NewSession request) {
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
        FocusType type = request.focusType();
        String ref = request.focusRef() == null ? "" : request.focusRef().strip();
        String title;
        if (type == FocusType.TOPIC) {
            if (ref.isEmpty() || ref.length() > 200) {
                throw new ReflectionException("Describe the topic in up to 200 characters.");
            }
            title = ref;
        } else {
            SessionFocusSource source = type == null ? null : focusSources.get(type);
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
        ReflectiveSession planned = repository.session(id).orElseThrow();
        events.publishEvent(SessionScheduled.of(planned));
        return planned;
    }

    /** Sessions of every team the person belongs to or manages, earliest first. */
    @Transactional(readOnly = true)
    public List<ReflectiveSession> sessionsFor(Account account) {
        List<Long> teams = account.teams().stream().map(Account.TeamMembership::teamId).toList();
        return teams.isEmpty() ? List.of() : repository.sessions(teams);
    }

    /**
     * The sessions the person was recorded as attending and that were not cancelled, earliest
     * first, for their own CPD record. Also those of teams they have since left.
     */
    @Transactional(readOnly = true)
    public List<ReflectiveSession> attendedBy(Account account) {
        return repository.attendedSessions(account.id()).stream().filter(s -> !s.cancelled()).toList();
    }

    /** The person's sessions, split now into those coming up and those started or cancelled. */
    @Transactional(readOnly = true)
    public SessionCalendar calendar(Account account) {
        List<ReflectiveSession> sessions = sessionsFor(account);
        Instant now = clock.instant();
        return new SessionCalendar(sessions.stream().filter(s -> !s.started(now) && !s.cancelled()).toList(),
                sessions.stream().filter(s -> s.started(now) || s.cancelled()).toList().reversed());
    }

    /** The next session not yet ended, for the person's teams. */
    @Transactional(readOnly = true)
    public Optional<ReflectiveSession> nextSession(Account account) {
        Instant now = clock.instant();
        return sessionsFor(account).stream().filter(s -> !s.cancelled() && s.startsAt().plusSeconds(60L * s.durationMinutes()).isAfter(now))
                .findFirst();
    }

    /**
     * A session as this person may see it. The first time one of the team's managers opens it after
     * feedback has closed, the feedback totals are frozen: from then on everyone sees that snapshot.
     */
    @Transactional
    public SessionDetail detail(Account account, long sessionId) {
        ReflectiveSession session = visibleSession(account, sessionId);
        boolean manages = account.manages(session.teamId());
        Set<Long> present = repository.attendance(sessionId);
        boolean attended = present.contains(account.id());
        List<SessionDetail.Attendee> team = people.teamMembers(session.teamId()).stream().filter(Account::enabled)
                .map(a -> new SessionDetail.Attendee(a.id(), a.displayName(), present.contains(a.id()))).toList();
        List<ActionPoint> agreed = actions.agreedIn(account, session.teamId(), ActionOrigin.SESSION, sessionId);
        return new SessionDetail(session, manages || attended ? repository.notes(sessionId) : null, team, agreed,
                feedback.of(account, session, manages, attended), manages, attended);
    }

    /** The team's manager records who came; only members of the team can be recorded. */
    @Transactional
    public void recordAttendance(Account manager, long sessionId, Set<Long> accountIds) {
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
    public void saveNotes(Account manager, long sessionId, String notes) {
        ReflectiveSession session = visibleSession(manager, sessionId);
        requireManager(manager, session.teamId());
        if (notes != null && notes.length() > 20000) {
            throw new ReflectionException("Notes are at most 20,000 characters.");
        }
        repository.saveNotes(sessionId, notes == null ? "" : notes.strip(), manager.id());
    }

    /** The team's manager cancels a session; it stays listed, marked cancelled. */
    @Transactional
    public void cancel(Account manager, long sessionId) {
        ReflectiveSession session = visibleSession(manager, sessionId);
        requireManager(manager, session.teamId());
        if (!session.cancelled()) {
            repository.cancel(sessionId);
            events.publishEvent(SessionScheduled.of(repository.session(sessionId).orElseThrow()));
        }
    }

    /**
     * Anonymous feedback from someone who attended, once, while feedback is open: from the session's
     * start until its feedback closes. The team's managers see the totals, so they do not answer.
     */
    @Transactional
    public void giveFeedback(Account account, long sessionId, int usefulness, String takeaway) {
        giveFeedback(account, sessionId, usefulness, takeaway, clock.instant());
    }

    /** The same, as at a given moment: for demo data describing a session that has already happened. */
    @Transactional
    void giveFeedback(Account account, long sessionId, int usefulness, String takeaway, Instant now) {
        ReflectiveSession session = visibleSession(account, sessionId);
        feedback.give(account, session, account.manages(session.teamId()), usefulness, takeaway, now);
    }

    private ReflectiveSession visibleSession(Account account, long sessionId) {
        ReflectiveSession session = repository.session(sessionId)
                .orElseThrow(() -> new ReflectionException("That session could not be found."));
        if (!account.belongsTo(session.teamId())) {
            throw new ReflectionException("That session could not be found.");
        }
        return session;
    }


    private static void requireManager(Account account, long teamId) {
        if (!account.manages(teamId)) {
            throw new ReflectionException("Only the team's manager can do this.");
        }
    }
}
