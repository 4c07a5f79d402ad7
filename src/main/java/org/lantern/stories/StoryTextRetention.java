package org.lantern.stories;

import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Once a day (with the other retention purges), deletes the words that Lantern no longer needs and
 * that are most likely to identify someone: the title, summary, body and notes of stories withdrawn
 * or not accepted longer than {@code lantern.retention.story-text} ago (30 days by default), and
 * the before/after text of editors' edits older than that, which holds exactly the details that
 * de-identification removed. The history keeps who decided what, when, and which fields changed.
 * Running it on several instances at once is harmless.
 */
@Component
class StoryTextRetention {

    private static final Logger LOG = LoggerFactory.getLogger(StoryTextRetention.class);

    private final StoryRepository repository;
    private final AuditService audit;
    private final Period period;
    private final Clock clock;

    StoryTextRetention(StoryRepository repository, AuditService audit,
                       @Value("${lantern.retention.story-text:P30D}") String period, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.period = parse(period);
        this.clock = clock;
    }

    static Period parse(String text) {
        Period period;
        try {
            period = Period.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("lantern.retention.story-text must be an ISO-8601 period such as P30D, not '" + text + "'");
        }
        if (period.isNegative() || period.isZero() || period.toTotalMonths() * 31 + period.getDays() > 366) {
            throw new IllegalArgumentException("lantern.retention.story-text must be between one day and a year, e.g. P30D");
        }
        return period;
    }

    /** What one purge deleted. */
    record Result(int storiesEmptied, int editsForgotten) {
    }

    Period period() {
        return period;
    }

    @Scheduled(cron = "${lantern.retention.purge-cron:0 17 3 * * *}", zone = "UTC")
    @Transactional
    public Result purge() {
        Instant now = clock.instant();
        OffsetDateTime cutoff = now.atOffset(ZoneOffset.UTC).minus(period);
        List<Long> emptied = repository.deleteClosedTextBefore(cutoff);
        int edits = repository.forgetChangedTextBefore(cutoff);
        Result result = new Result(emptied.size(), edits);
        if (emptied.size() + edits > 0) {
            audit.record(AuditService.SYSTEM, AuditEventType.RETENTION_PURGE, "Deleted the words of " + emptied.size()
                    + " withdrawn or not accepted stories and the before/after text of " + edits + " story edits older than " + period);
        }
        LOG.info("Story text retention purge: {}", result);
        return result;
    }
}
