package org.lantern.reflection;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.people.TestTeams;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.stream.Collectors;

/**
 * Sessions with feedback, for tests here and in other packages (the UI tests). Feedback on a
 * session whose feedback has closed is given as at the time of the session, as the demo data does.
 */
public final class FeedbackFixtures {

    private FeedbackFixtures() {
    }

    /**
     * A session that ended a month ago, attended by every member of staff, where the first
     * {@code ratings.length} of them gave feedback (take-away i, or none when null or missing).
     */
    public static ReflectiveSession closedSession(Sessions reflection, PeopleService people, TestTeams.TestTeam team,
                                                  int[] ratings, String... takeaways) {
        ReflectiveSession session = plan(reflection, people, team, LocalDateTime.now(reflection.clock()).minusDays(30));
        Instant during = session.startsAt().plusSeconds(1800);
        for (int i = 0; i < ratings.length; i++) {
            reflection.giveFeedback(account(people, team.staff().get(i)), session.id(), ratings[i], i < takeaways.length ? takeaways[i] : null, during);
        }
        return session;
    }

    /** A session that started an hour ago, so feedback is open, with feedback from the first {@code ratings.length} staff. */
    public static ReflectiveSession openSession(Sessions reflection, PeopleService people, TestTeams.TestTeam team, int... ratings) {
        ReflectiveSession session = plan(reflection, people, team, LocalDateTime.now(reflection.clock()).minusHours(1));
        for (int i = 0; i < ratings.length; i++) {
            reflection.giveFeedback(account(people, team.staff().get(i)), session.id(), ratings[i], "Take-away " + i);
        }
        return session;
    }

    static ReflectiveSession plan(Sessions reflection, PeopleService people, TestTeams.TestTeam team, LocalDateTime startsAt) {
        ReflectiveSession session = reflection.plan(account(people, team.manager()), new NewSession(team.id(), startsAt, 60, FocusType.TOPIC,
                "Feedback rules", "gibbs", ""));
        reflection.recordAttendance(account(people, team.manager()), session.id(), team.staff().stream()
                .map(u -> people.findByUsername(u).map(Account::id).orElseThrow()).collect(Collectors.toSet()));
        return session;
    }

    private static Account account(PeopleService people, String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
