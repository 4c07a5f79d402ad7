package org.lantern.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Sign-in throttling (prefix {@code lantern.sign-in}): after {@code maxFailuresPerUser} failed
 * attempts for one user name, or {@code maxFailuresPerAddress} from one address, within
 * {@code window}, further attempts are refused for {@code lockout}, even with the right password.
 */
@ConfigurationProperties("lantern.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailuresPerUser,
                               @DefaultValue("20") int maxFailuresPerAddress,
                               @DefaultValue("15m") Duration window,
                               @DefaultValue("15m") Duration lockout) {

    public SignInProperties {
        if (maxFailuresPerUser < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("lantern.sign-in.max-failures-per-* must be at least 1");
        }
        if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("lantern.sign-in.window and lockout must be positive durations");
        }
    }
}
