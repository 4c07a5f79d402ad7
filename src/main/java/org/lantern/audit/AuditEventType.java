package org.lantern.audit;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import org.lantern.base.Keyed;

import java.util.Optional;

/** What an audit entry records. The key is what the database stores. */
@RequiredArgsConstructor
@Getter
public enum AuditEventType implements Keyed {
    SIGN_IN("sign-in", "Signed in"),
    SIGN_IN_FAILED("sign-in-failed", "Sign-in failed"),
    SIGN_IN_REFUSED("sign-in-refused", "Sign-in refused: too many attempts"),
    EXPORT("export", "Download or export"),
    REPORT_VIEW("report-view", "Evaluation report viewed"),
    REPORT_RELEASE("report-release", "Evaluation figures released"),
    ANALYSIS_PLAN("analysis-plan", "Analysis plan saved or locked"),
    CONTENT_RELOAD("content-reload", "Content reloaded"),
    STORY_DECISION("story-decision", "Story moderation decision"),
    ACCOUNT_CHANGE("account-change", "Account, role or team change"),
    DATA_RIGHTS("data-rights", "Data rights: download or erasure"),
    PROGRAMME_ARCHIVE("programme-archive", "Survey programme archived"),
    RETENTION_PURGE("retention-purge", "Retention purge"),
    AUDIT_VERIFIED("audit-verified", "Audit trail verified");

    private final String key;
    private final String label;

    public static Optional<AuditEventType> fromKey(String key) {
        return Keyed.fromKey(AuditEventType.class, key);
    }
}
