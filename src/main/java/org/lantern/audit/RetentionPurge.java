package org.lantern.audit;

import org.lantern.base.privacy.DraftRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Once a day, removes audit entries older than {@code lantern.retention.audit} and the drafts features
 * keep (story drafts, unsubmitted survey responses: each {@link DraftRetention}) untouched for
 * {@code lantern.retention.drafts}. Running it on several instances at once is
 * harmless.
 */
@Component
class RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final AuditService audit;
    private final List<DraftRetention> drafts;
    private final RetentionProperties retention;
    private final Clock clock;

    RetentionPurge(AuditService audit, List<DraftRetention> drafts, RetentionProperties retention, Clock clock) {
        this.audit = audit;
        this.drafts = drafts.stream().sorted(Comparator.comparing(DraftRetention::drafts)).toList();
        this.retention = retention;
        this.clock = clock;
    }

    /** What one purge removed: audit entries, and drafts by what they are ("story drafts"). */
    record Result(int auditEntries, Map<String, Integer> drafts) {
    }

    @Scheduled(cron = "${lantern.retention.purge-cron:0 17 3 * * *}", zone = "UTC")
    @Transactional
    public Result purge() {
        Instant now = clock.instant();
        Instant auditCutoff = now.atZone(ZoneOffset.UTC).minus(retention.audit()).toInstant();
        Instant draftCutoff = now.atZone(ZoneOffset.UTC).minus(retention.drafts()).toInstant();
        int entries = audit.purgeOlderThan(auditCutoff);
        Map<String, Integer> removed = new LinkedHashMap<>();
        drafts.forEach(d -> removed.put(d.drafts(), d.purgeDraftsUntouchedSince(draftCutoff)));
        Result result = new Result(entries, removed);
        audit.record(AuditService.SYSTEM, AuditEventType.RETENTION_PURGE, "Removed " + entries + " audit entries older than "
                + retention.audit() + ", " + removed.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(" and ")) + " older than " + retention.drafts());
        LOG.info("Retention purge: {}", result);
        return result;
    }
}
