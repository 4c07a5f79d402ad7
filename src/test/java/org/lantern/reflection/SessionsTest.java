package org.lantern.reflection;

import org.lantern.base.security.Account;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.actions.Actions;
import org.lantern.base.ReportingProperties;
import org.lantern.people.PeopleService;
import org.lantern.people.TestTeams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LanternTest
@Transactional
class SessionsTest {

    @Autowired
    Sessions sessions;
    @Autowired
    PeopleService people;

    private ReflectiveSession pastDemoSession() {
        return sessions.sessionsFor(account("staff")).stream().filter(s -> s.started(sessions.clock().instant())).findFirst().orElseThrow();
    }

    private long north() {
        return people.findTeamByName("Community Team North").orElseThrow().id();
    }

    @Test
    void sessionsAreForTheirTeamOnly() {
        ReflectiveSession past = pastDemoSession();
        assertThat(sessions.sessionsFor(account("staff"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sessions.sessionsFor(account("ben.o"))).as("Acute Ward Two").extracting(ReflectiveSession::teamName)
                .doesNotContain("Community Team North");
        for (String outsider : List.of("ben.o", "ward.manager", "evaluator", "admin")) {
            assertThatThrownBy(() -> sessions.detail(account(outsider), past.id())).as(outsider)
                    .hasMessage("That session could not be found.");
        }
    }

    @Test
    void notesAreForAttendeesAndManagersAndFeedbackTotalsForManagersOnly() {
        ReflectiveSession past = pastDemoSession();
        SessionDetail forManager = sessions.detail(account("manager"), past.id());
        assertThat(forManager.notes()).contains("what could go well");
        assertThat(forManager.feedback().phase()).as("the demo session's feedback has closed").isEqualTo(SessionDetail.FeedbackPhase.CLOSED);
        SessionDetail.FeedbackSummary summary = forManager.feedback().summary();
        assertThat(summary).isNotNull();
        assertThat(summary.responses()).isEqualTo(5);
        assertThat(summary.ratingCounts()).containsExactly(0, 0, 1, 2, 2);
        assertThat(summary.meanRating()).isEqualTo(4.2);
        assertThat(summary.takeaways()).hasSize(5).contains("Ask the person first.");
        assertThat(forManager.actions()).hasSize(2);

        SessionDetail forAttendee = sessions.detail(account("staff"), past.id());
        assertThat(forAttendee.notes()).isNotNull();
        assertThat(forAttendee.feedback().summary()).as("staff never see feedback").isNull();
        assertThat(forAttendee.feedback().given()).isTrue();

        ReflectiveSession another = sessions.plan(account("manager"), new NewSession(north(), LocalDateTime.now().minusHours(2), 60, FocusType.TOPIC,
                "Handover language", "gibbs", ""));
        sessions.recordAttendance(account("manager"), another.id(), Set.of(id("staff")));
        SessionDetail forAbsent = sessions.detail(account("amira.k"), another.id());
        assertThat(forAbsent.notes()).as("not at the session").isNull();
        assertThat(forAbsent.feedback().asked()).isFalse();
    }

    @Test
    void feedbackIsOncePerAttendee() {
        ReflectiveSession fresh = sessions.plan(account("manager"), new NewSession(north(), LocalDateTime.now().minusHours(2), 60, FocusType.TOPIC,
                "Handover language", "gibbs", ""));
        sessions.recordAttendance(account("manager"), fresh.id(), Set.of(id("staff"), id("amira.k")));
        sessions.giveFeedback(account("staff"), fresh.id(), 2, "");
        assertThatThrownBy(() -> sessions.giveFeedback(account("staff"), fresh.id(), 5, "again"))
                .hasMessage("You have already given feedback on this session. Thank you.");
        assertThatThrownBy(() -> sessions.giveFeedback(account("jon.t"), fresh.id(), 5, ""))
                .hasMessage("Only people who attended can give feedback on a session.");
        assertThat(sessions.detail(account("staff"), fresh.id()).feedback()).satisfies(f -> {
            assertThat(f.given()).isTrue();
            assertThat(f.canGive()).isFalse();
        });
        assertThat(sessions.detail(account("amira.k"), fresh.id()).feedback().canGive()).isTrue();
        assertThat(sessions.detail(account("amira.k"), fresh.id()).canGiveFeedback()).isTrue();
        assertThat(sessions.detail(account("staff"), fresh.id()).canGiveFeedback()).as("already answered").isFalse();
    }

    // --- the feedback window and what managers may see, on a clock the test moves ------------------

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    SessionRepository repository;
    @Autowired
    ReflectionContent content;
    @Autowired
    List<SessionFocusSource> focusSources;
    @Autowired
    Actions actions;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-06-08T09:00:00Z"), LONDON);

    /** The real service and database, on the test's clock, with these settings. */
    private Sessions service(int feedbackDays, int minGroupSize) {
        return new Sessions(repository, content, people, actions, focusSources, clock,
                new SessionProperties(feedbackDays), new ReportingProperties(minGroupSize), events);
    }

    /** Tuesday 9 June 2026, 14:00 to 15:00 in London. */
    private static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 6, 9, 14, 0);

    private void answer(Sessions service, TestTeams.TestTeam team, ReflectiveSession s, int[] ratings, String... takeaways) {
        for (int i = 0; i < ratings.length; i++) {
            service.giveFeedback(account(team.staff().get(i)), s.id(), ratings[i], i < takeaways.length ? takeaways[i] : "");
        }
    }

    @Test
    void feedbackIsOpenFromTheStartUntilSevenDaysAfterTheEndAndThenRefusedClearly() {
        TestTeams.TestTeam team = TestTeams.create(people, "window", 3);
        Sessions service = service(7, 5);
        ReflectiveSession s = FeedbackFixtures.plan(service, people, team, TUESDAY);
        assertThat(s.feedbackClosesAt()).isEqualTo(ZonedDateTime.of(2026, 6, 16, 15, 0, 0, 0, LONDON).toInstant());
        String first = team.staff().get(0);
        assertThat(service.detail(account(first), s.id()).feedback().phase()).isEqualTo(SessionDetail.FeedbackPhase.NOT_YET_OPEN);
        assertThatThrownBy(() -> service.giveFeedback(account(first), s.id(), 4, "")).hasMessage("You can give feedback once the session has started.");

        clock.set(s.startsAt());
        assertThat(service.detail(account(first), s.id()).feedback().canGive()).isTrue();
        service.giveFeedback(account(first), s.id(), 4, "");
        clock.set(s.feedbackClosesAt().minusSeconds(1));
        service.giveFeedback(account(team.staff().get(1)), s.id(), 3, "");

        clock.set(s.feedbackClosesAt());
        String late = team.staff().get(2);
        assertThatThrownBy(() -> service.giveFeedback(account(late), s.id(), 5, ""))
                .hasMessage("Feedback on this session closed on 16 June 2026 at 15:00.");
        assertThat(service.detail(account(late), s.id()).feedback()).satisfies(f -> {
            assertThat(f.phase()).isEqualTo(SessionDetail.FeedbackPhase.CLOSED);
            assertThat(f.asked()).isTrue();
            assertThat(f.canGive()).isFalse();
            assertThat(f.given()).isFalse();
            assertThat(f.closesAt()).isEqualTo(s.feedbackClosesAt());
        });
    }

    @Test
    void theWindowFollowsLanternSessionsFeedbackDaysAndIsFixedWhenTheSessionIsPlanned() {
        TestTeams.TestTeam team = TestTeams.create(people, "days", 1);
        ReflectiveSession s = FeedbackFixtures.plan(service(3, 5), people, team, TUESDAY);
        assertThat(s.feedbackClosesAt()).isEqualTo(ZonedDateTime.of(2026, 6, 12, 15, 0, 0, 0, LONDON).toInstant());
        clock.set(ZonedDateTime.of(2026, 6, 13, 9, 0, 0, 0, LONDON).toInstant());
        assertThatThrownBy(() -> service(30, 5).giveFeedback(account(team.staff().getFirst()), s.id(), 4, ""))
                .as("a later change of setting does not reopen a closed session")
                .hasMessage("Feedback on this session closed on 12 June 2026 at 15:00.");
    }

    @Test
    void managersSeeNoCountWhileFeedbackIsOpenAndOneFrozenSnapshotOnceItCloses() {
        TestTeams.TestTeam team = TestTeams.create(people, "snapshot", 6);
        Sessions service = service(7, 5);
        ReflectiveSession s = FeedbackFixtures.plan(service, people, team, TUESDAY);
        clock.set(s.startsAt().plusSeconds(3600));
        answer(service, team, s, new int[]{4, 5, 4, 3, 5}, "One", "Two", "Three", "Four", "Five");
        assertThat(service.detail(account(team.manager()), s.id()).feedback().summary())
                .as("five answered, but nothing is shown while feedback is open, not even a count").isNull();
        // The attack this stops: read the totals now, read them again after the sixth answer, subtract.
        service.giveFeedback(account(team.staff().get(5)), s.id(), 1, "Six");
        assertThat(service.detail(account(team.manager()), s.id()).feedback().summary()).isNull();

        clock.set(s.feedbackClosesAt());
        SessionDetail.FeedbackSummary frozen = service.detail(account(team.manager()), s.id()).feedback().summary();
        assertThat(frozen).isNotNull();
        assertThat(frozen.responses()).isEqualTo(6);
        assertThat(frozen.ratingCounts()).containsExactly(1, 0, 1, 2, 2);
        assertThat(frozen.meanRating()).isEqualTo(22 / 6.0);
        assertThat(frozen.takeaways()).containsExactlyInAnyOrder("One", "Two", "Three", "Four", "Five", "Six");
        assertThat(service.detail(account(team.staff().getFirst()), s.id()).feedback().summary()).as("staff never see totals").isNull();

        // Even an answer that reached the database some other way after the snapshot changes nothing shown.
        repository.giveFeedback(s.id(), id(team.manager()), 1, "Late");
        clock.advance(Duration.ofDays(60));
        assertThat(service.detail(account(team.manager()), s.id()).feedback().summary()).isEqualTo(frozen);
    }

    @Test
    void fewerThanTheMinimumGroupSizeShowsNothingButSaysHowManyAreNeeded() {
        TestTeams.TestTeam team = TestTeams.create(people, "few", 6);
        Sessions service = service(7, 5);
        ReflectiveSession s = FeedbackFixtures.plan(service, people, team, TUESDAY);
        clock.set(s.startsAt());
        answer(service, team, s, new int[]{1, 2, 4, 5}, "a", "b", "c", "d");
        clock.set(s.feedbackClosesAt());
        SessionDetail.FeedbackSummary summary = service.detail(account(team.manager()), s.id()).feedback().summary();
        assertThat(summary.tooFewAnswers()).isTrue();
        assertThat(summary.minGroupSize()).isEqualTo(5);
        assertThat(summary.responses()).isNull();
        assertThat(summary.ratingCounts()).isNull();
        assertThat(summary.takeaways()).isNull();
    }

    @Test
    void theThresholdIsLanternReportsMinGroupSizeNotAFixedThree() {
        TestTeams.TestTeam team = TestTeams.create(people, "threshold", 6);
        ReflectiveSession three = FeedbackFixtures.plan(service(7, 3), people, team, TUESDAY);
        ReflectiveSession five = FeedbackFixtures.plan(service(7, 6), people, team, TUESDAY);
        clock.set(three.startsAt());
        answer(service(7, 3), team, three, new int[]{2, 3, 4});
        answer(service(7, 6), team, five, new int[]{2, 3, 4, 5, 5});
        clock.set(three.feedbackClosesAt());
        assertThat(service(7, 3).detail(account(team.manager()), three.id()).feedback().summary().responses()).isEqualTo(3);
        assertThat(service(7, 6).detail(account(team.manager()), five.id()).feedback().summary()).satisfies(summary -> {
            assertThat(summary.tooFewAnswers()).isTrue();
            assertThat(summary.minGroupSize()).isEqualTo(6);
        });
    }

    @Test
    void whenEveryoneGaveTheSameRatingTheRatingsAreHiddenButEnoughTakeawaysShow() {
        TestTeams.TestTeam team = TestTeams.create(people, "same", 5);
        Sessions service = service(7, 5);
        ReflectiveSession s = FeedbackFixtures.plan(service, people, team, TUESDAY);
        clock.set(s.startsAt());
        answer(service, team, s, new int[]{4, 4, 4, 4, 4}, "a", "b", "c", "d", "e");
        clock.set(s.feedbackClosesAt());
        SessionDetail.FeedbackSummary summary = service.detail(account(team.manager()), s.id()).feedback().summary();
        assertThat(summary.responses()).isEqualTo(5);
        assertThat(summary.sameRatingFromEveryone()).isTrue();
        assertThat(summary.ratingCounts()).isNull();
        assertThat(summary.meanRating()).isNull();
        assertThat(summary.takeaways()).containsExactlyInAnyOrder("a", "b", "c", "d", "e");
    }

    @Test
    void takeawaysShowOnlyWhenEnoughPeopleWroteOne() {
        TestTeams.TestTeam team = TestTeams.create(people, "takeaways", 6);
        Sessions service = service(7, 5);
        ReflectiveSession s = FeedbackFixtures.plan(service, people, team, TUESDAY);
        clock.set(s.startsAt());
        answer(service, team, s, new int[]{1, 2, 3, 4, 5, 5}, "Only", "four", "", "wrote", "one");
        clock.set(s.feedbackClosesAt());
        SessionDetail.FeedbackSummary summary = service.detail(account(team.manager()), s.id()).feedback().summary();
        assertThat(summary.responses()).isEqualTo(6);
        assertThat(summary.ratingCounts()).isNotNull();
        assertThat(summary.takeaways()).isNull();
    }

    @Test
    void theTeamsManagersSeeTheTotalsSoTheyCannotAddTheirOwnAnswer() {
        TestTeams.TestTeam team = TestTeams.create(people, "lead", 5);
        Sessions service = service(7, 5);
        ReflectiveSession s = FeedbackFixtures.plan(service, people, team, TUESDAY);
        Set<Long> everyone = new java.util.HashSet<>(team.staff().stream().map(this::id).toList());
        everyone.add(id(team.manager()));
        service.recordAttendance(account(team.manager()), s.id(), everyone);
        clock.set(s.startsAt());
        assertThatThrownBy(() -> service.giveFeedback(account(team.manager()), s.id(), 5, ""))
                .hasMessage("You manage this team, so you see the totals instead of giving feedback.");
        assertThat(service.detail(account(team.manager()), s.id()).feedback()).satisfies(f -> {
            assertThat(f.asked()).isFalse();
            assertThat(f.canGive()).isFalse();
        });
    }

    @Test
    void onlyTheTeamsManagerPlansAndRecords() {
        NewSession request = new NewSession(north(), LocalDateTime.now().plusDays(3), 45, FocusType.TOPIC, "Hope", "gibbs", "");
        assertThatThrownBy(() -> sessions.plan(account("staff"), request)).hasMessage("Only the team's manager can do this.");
        assertThatThrownBy(() -> sessions.plan(account("ward.manager"), request)).hasMessage("Only the team's manager can do this.");
        assertThatThrownBy(() -> sessions.plan(account("manager"), new NewSession(north(), LocalDateTime.now(), 45, FocusType.LESSON, "nope/nope", "gibbs", "")))
                .hasMessage("That a module lesson is not available.");
        ReflectiveSession planned = sessions.plan(account("manager"), request);
        assertThat(planned.focusTitle()).isEqualTo("Hope");
        assertThatThrownBy(() -> sessions.saveNotes(account("staff"), planned.id(), "x")).hasMessage("Only the team's manager can do this.");
        assertThatThrownBy(() -> sessions.recordAttendance(account("manager"), planned.id(), Set.of(id("ben.o"))))
                .hasMessage("Only members of the team can be recorded as attending.");
    }

    @Test
    void focusTypeAndStatusAreReadBackAndACancelledSessionIsListedAsPast() {
        String lesson = sessions.focusSources().stream().filter(f -> f.type() == FocusType.LESSON).findFirst().orElseThrow()
                .options().getFirst().ref();
        ReflectiveSession planned = sessions.plan(account("manager"), new NewSession(north(), LocalDateTime.now().plusDays(3), 45,
                FocusType.LESSON, lesson, "gibbs", ""));
        assertThat(planned.focusType()).isEqualTo(FocusType.LESSON);
        assertThat(planned.cancelled()).isFalse();
        assertThat(sessions.calendar(account("staff")).upcoming()).extracting(ReflectiveSession::id).contains(planned.id());

        sessions.cancel(account("manager"), planned.id());
        assertThat(sessions.detail(account("staff"), planned.id()).session().cancelled()).isTrue();
        SessionCalendar calendar = sessions.calendar(account("staff"));
        assertThat(calendar.upcoming()).extracting(ReflectiveSession::id).doesNotContain(planned.id());
        assertThat(calendar.past()).extracting(ReflectiveSession::id).contains(planned.id());
        assertThat(calendar.past().getFirst().startsAt()).as("latest first")
                .isAfterOrEqualTo(calendar.past().getLast().startsAt());
    }

    private long id(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    @Test
    void attendedByListsTheSessionsThePersonCameToAndNotCancelledOnes() {
        TestTeams.TestTeam team = TestTeams.create(people, "attended", 2);
        Account manager = account(team.manager());
        ReflectiveSession came = sessions.plan(manager, new NewSession(team.id(), LocalDateTime.now().minusDays(3), 60,
                FocusType.TOPIC, "Came", "gibbs", ""));
        ReflectiveSession missed = sessions.plan(manager, new NewSession(team.id(), LocalDateTime.now().minusDays(2), 60,
                FocusType.TOPIC, "Missed", "gibbs", ""));
        ReflectiveSession cancelled = sessions.plan(manager, new NewSession(team.id(), LocalDateTime.now().minusDays(1), 60,
                FocusType.TOPIC, "Cancelled", "gibbs", ""));
        sessions.recordAttendance(manager, came.id(), Set.of(id(team.staff().get(0))));
        sessions.recordAttendance(manager, missed.id(), Set.of(id(team.staff().get(1))));
        sessions.recordAttendance(manager, cancelled.id(), Set.of(id(team.staff().get(0))));
        sessions.cancel(manager, cancelled.id());

        assertThat(sessions.attendedBy(account(team.staff().get(0)))).extracting(ReflectiveSession::focusTitle).containsExactly("Came");
        assertThat(sessions.attendedBy(account(team.staff().get(0)))).extracting(ReflectiveSession::teamName)
                .containsExactly("attended team");
        assertThat(sessions.attendedBy(manager)).isEmpty();
    }
}
