package org.lantern.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The one clock every service and view reads the time from, in the server's time zone (the zone the
 * app formats dates in). Inject {@link Clock} instead of calling {@code now()}: a test that needs
 * another time builds the class it tests with a fixed or movable clock of its own.
 */
@Configuration(proxyBeanMethods = false)
public class ApplicationClock {

    /** The system clock in the server's default time zone. */
    @Bean
    public Clock clock() {
        return Clock.systemDefaultZone();
    }
}
