package org.lantern.audit;

import org.lantern.surveys.SurveyDataRights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Once a day, removes audit entries older than {@code lantern.retention.audit} and story and survey
 * drafts untouched for {@code lantern.retention.drafts}. Running it on several instances at once is
 * harmless.
 */
@Component
class RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final AuditService audit;
    private final PersonalDataRepository personalData;
    private final SurveyDataRights surveyDataRights;
    private final RetentionProperties retention;
    private final Clock clock;

    RetentionPurge(AuditService audit, PersonalDataRepository personalData, SurveyDataRights surveyDataRights,
                   RetentionProperties retention, Clock clock) {
        this.audit = audit;
        this.personalData = personalData;
        this.surveyDataRights = surveyDataRights;
        this.retention = retention;
        this.clock = clock;
    }

    /** What one purge removed. */
    record Result(int auditEntries, int storyDrafts, int surveyDrafts) {
    }

    @Scheduled(cron = "${lantern.retention.purge-cron:0 17 3 * * *}", zone = "UTC")
    @Transactional
    public Result purge() {
        Instant now = clock.instant();
        Instant auditCutoff = now.atZone(ZoneOffset.UTC).minus(retention.audit()).toInstant();
        Instant draftCutoff = now.atZone(ZoneOffset.UTC).minus(retention.drafts()).toInstant();
        int entries = audit.purgeOlderThan(auditCutoff);
        int stories = personalData.purgeStoryDrafts(draftCutoff);
        // survey responses keep the day only: those last touched before the cutoff's day
        int responses = surveyDataRights.purgeDrafts(draftCutoff.atZone(clock.getZone()).toLocalDate());
        Result result = new Result(entries, stories, responses);
        audit.record(AuditService.SYSTEM, AuditEventType.RETENTION_PURGE, "Removed " + entries + " audit entries older than "
                + retention.audit() + ", " + stories + " story drafts and " + responses
                + " unsubmitted survey responses older than " + retention.drafts());
        LOG.info("Retention purge: {}", result);
        return result;
    }
}
