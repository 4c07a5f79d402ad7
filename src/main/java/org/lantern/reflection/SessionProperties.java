package org.lantern.reflection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for reflective sessions (prefix {@code lantern.sessions}).
 *
 * @param feedbackDays how many days after a session ends its attendees can still give feedback; only
 *                     then do the team's managers see the totals. Fixed for each session when it is planned.
 */
@ConfigurationProperties("lantern.sessions")
public record SessionProperties(@DefaultValue("7") int feedbackDays) {

    public SessionProperties {
        if (feedbackDays < 1 || feedbackDays > 365) {
            throw new IllegalArgumentException("lantern.sessions.feedback-days must be between 1 and 365");
        }
    }
}
