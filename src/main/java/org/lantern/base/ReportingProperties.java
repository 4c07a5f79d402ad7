package org.lantern.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Privacy settings for everything that shows figures about groups (prefix {@code lantern.reports}).
 *
 * @param minGroupSize figures about fewer people than this are hidden ("fewer than 5")
 */
@ConfigurationProperties("lantern.reports")
public record ReportingProperties(@DefaultValue("5") int minGroupSize) {

    public ReportingProperties {
        if (minGroupSize < 2) {
            throw new IllegalArgumentException("lantern.reports.min-group-size must be at least 2");
        }
    }

    /** The words shown instead of a hidden figure. */
    public String suppressedLabel() {
        return "fewer than " + minGroupSize;
    }
}
