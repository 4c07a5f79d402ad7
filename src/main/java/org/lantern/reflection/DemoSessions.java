package org.lantern.reflection;

import lombok.RequiredArgsConstructor;

import org.lantern.actions.ActionOrigin;
import org.lantern.actions.ActionPoint;
import org.lantern.actions.ActionStatus;
import org.lantern.actions.Actions;
import org.lantern.base.demo.DemoData;
import org.lantern.base.demo.DemoFeature;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A past session with notes, attendance, feedback (closed, so its totals show) and actions, and one
 * coming up, for Community Team North.
 */
@DemoFeature(value = "reflection", order = 50)
@RequiredArgsConstructor
class DemoSessions implements DemoData {

    private final Sessions sessions;
    private final Actions actions;
    private final PeopleService people;

    @Override
    public void seed() {
        long team = people.findTeamByName("Community Team North").orElseThrow().id();
        String model = sessions.models().stream().map(ReflectionModel::key).filter(k -> k.equals("what-so-what-now-what"))
                .findFirst().orElse(sessions.models().isEmpty() ? null : sessions.models().getFirst().key());
        if (model == null) {
            return;
        }
        LocalDate today = LocalDate.now(sessions.clock());
        FocusType focusType = sessions.focusSources().stream().anyMatch(s -> s.type() == FocusType.LESSON) ? FocusType.LESSON : FocusType.TOPIC;
        String focusRef = focusType == FocusType.LESSON
                ? sessions.focusSources().stream().filter(s -> s.type() == FocusType.LESSON).findFirst().orElseThrow()
                .options().stream().filter(o -> o.ref().startsWith("positive-risk-taking/")).findFirst()
                .orElse(sessions.focusSources().getFirst().options().getFirst()).ref()
                : "Saying yes to a risky plan";
        Account manager = account("manager");
        ReflectiveSession past = sessions.plan(manager, new NewSession(team, LocalDateTime.of(today.minusDays(14), LocalTime.of(14, 0)),
                60, focusType, focusRef, model, "Read the lesson before we meet, and think of one decision where we said no too quickly."));
        Set<Long> present = Set.of("staff", "amira.k", "dev.p", "grace.l", "jon.t").stream()
                .map(u -> account(u).id()).collect(Collectors.toSet());
        sessions.recordAttendance(manager, past.id(), present);
        sessions.saveNotes(manager, past.id(), "We talked about how often we say no to plans because of what might go wrong, "
                + "and how rarely we write down what could go well. The team agreed that risk decisions should name the benefits "
                + "too, and that we should involve carers more often when the person wants that.");
        Account staff = account("staff");
        ActionPoint form = actions.add(manager, team, "Add a 'what could go well' box to our risk decision record",
                staff.id(), today.minusDays(3), ActionOrigin.SESSION, past.id());
        actions.updateStatus(staff, form.id(), ActionStatus.IN_PROGRESS, "Draft shared with the team for comments.");
        actions.add(manager, team, "Invite carers to reviews when the person wants that, and note it in the plan",
                null, today.plusDays(30), ActionOrigin.SESSION, past.id());
        // Given while feedback was open, on the afternoon of the session; it has closed since, so the
        // manager sees the frozen totals: five people with different ratings, each with a take-away.
        Instant answered = past.startsAt().plusSeconds(2 * 3600);
        sessions.giveFeedback(staff, past.id(), 4, "Write down what could go well, not only what could go wrong.", answered);
        sessions.giveFeedback(account("amira.k"), past.id(), 5, "Ask the person first.", answered);
        sessions.giveFeedback(account("dev.p"), past.id(), 4, "Name the benefits in every risk decision.", answered);
        sessions.giveFeedback(account("grace.l"), past.id(), 3, "Involve carers earlier when the person wants that.", answered);
        sessions.giveFeedback(account("jon.t"), past.id(), 5, "Saying no is a decision too, and it has risks of its own.", answered);

        sessions.plan(manager, new NewSession(team, LocalDateTime.of(today.plusDays(5), LocalTime.of(14, 0)), 60, FocusType.TOPIC,
                "Doing with, not for: where do we still take over?", model,
                "Bring one example from your own work where helping quickly meant doing it for someone."));
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
