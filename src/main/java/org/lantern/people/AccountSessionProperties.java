package org.lantern.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Signed-in sessions (prefix {@code lantern.session}; reflective sessions are {@code lantern.sessions}).
 *
 * @param maxLifetime how long a sign-in lasts at most, however active the person is; the idle timeout
 *                    ({@code server.servlet.session.timeout}) ends it sooner when they step away
 */
@ConfigurationProperties("lantern.session")
public record AccountSessionProperties(@DefaultValue("12h") Duration maxLifetime) {

    public AccountSessionProperties {
        if (maxLifetime.isNegative() || maxLifetime.toMinutes() < 5) {
            throw new IllegalArgumentException("lantern.session.max-lifetime must be at least 5 minutes");
        }
    }
}
