package org.lantern.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Period;

/**
 * How long Lantern keeps what it no longer needs (prefix {@code lantern.retention}); a daily purge
 * removes anything older.
 *
 * @param audit  audit trail entries (at least 30 days: the database refuses to delete younger ones)
 * @param drafts story drafts never submitted, and survey responses never submitted
 */
@ConfigurationProperties("lantern.retention")
public record RetentionProperties(@DefaultValue("P2Y") Period audit, @DefaultValue("P1Y") Period drafts) {

    public RetentionProperties {
        if (audit.isNegative() || audit.toTotalMonths() * 31 + audit.getDays() < 30) {
            throw new IllegalArgumentException("lantern.retention.audit must be at least 30 days (P30D)");
        }
        if (drafts.isNegative() || drafts.isZero()) {
            throw new IllegalArgumentException("lantern.retention.drafts must be a positive period, e.g. P1Y");
        }
    }
}
