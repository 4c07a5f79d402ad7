package org.lantern.notifications;

import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import org.lantern.base.security.SecretTokens;
import org.lantern.people.PeopleService;
import org.lantern.reflection.ReflectiveSession;
import org.lantern.reflection.Sessions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Each person's calendar feed: a secret link ({@code /calendar/<token>.ics}) a calendar program can
 * subscribe to without signing in, listing the sessions of the person's teams from
 * {@value #DAYS_BACK} days ago on. The token is 256 random bits; only its SHA-256 is stored, so the link
 * is shown once, when made, and making a new one revokes the old.
 */
@Service
public class CalendarFeeds {

    static final int DAYS_BACK = 30;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarFeedRepository repository;
    private final PeopleService people;
    private final Sessions sessions;
    private final CalendarFiles calendars;
    private final Clock clock;
    private final String baseUrl;

    CalendarFeeds(CalendarFeedRepository repository, PeopleService people, Sessions sessions, CalendarFiles calendars, Clock clock,
                  @Value("${lantern.notifications.base-url}") String baseUrl) {
        this.repository = repository;
        this.people = people;
        this.sessions = sessions;
        this.calendars = calendars;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** When the person made their current feed link; empty when they have none. */
    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> linkMadeAt(Account account) {
        return repository.madeAt(account.id());
    }

    /**
     * Makes the person a new feed link, replacing the one they had (which stops working at once).
     *
     * @return the link's full address, to show this once
     */
    @Transactional
    public String makeLink(Account account) {
        String token = SecretTokens.newToken();
        repository.replace(account.id(), SecretTokens.sha256Hex(token), OffsetDateTime.now(clock));
        return baseUrl + "calendar/" + token + ".ics";
    }

    /** Stops the person's feed link. */
    @Transactional
    public void removeLink(Account account) {
        repository.delete(account.id());
    }

    /** The feed behind a token: empty when the token is unknown, revoked, or its person cannot sign in. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(DAYS_BACK));
        return repository.owner(SecretTokens.sha256Hex(token)).flatMap(people::findById).filter(Account::enabled).map(person -> {
            List<ReflectiveSession> list = sessions.sessionsFor(person).stream().filter(s -> !s.startsAt().isBefore(from)).toList();
            return calendars.feed(list, now);
        });
    }

}
