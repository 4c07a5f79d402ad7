package org.lantern.revalidation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.lantern.base.security.Account;
import org.lantern.reflection.Sessions;
import org.lantern.training.TrainingRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The signed-in person's own CPD record, read through the training and sessions services. Nobody
 * else, whatever their role, can see or download it: every method works on the account passed in.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CpdRecords {

    private final TrainingRecord training;
    private final Sessions sessions;
    private final AuditService audit;
    private final Clock clock;

    /** The person's completed modules and the sessions they attended, earliest first. */
    @Transactional(readOnly = true)
    public CpdRecord record(Account owner) {
        return new CpdRecord(owner.displayName(),
                training.completedModules(owner).stream().map(m -> new CpdRecord.Module(date(m.completedAt()), m.hours(),
                        m.title(), m.lessonTitles())).toList(),
                sessions.attendedBy(owner).stream().map(s -> new CpdRecord.Session(date(s.startsAt()), s.teamName(),
                        s.focusTitle(), s.durationMinutes())).toList());
    }

    /** The person's CPD record as a PDF. */
    @Transactional(readOnly = true)
    public byte[] pdf(Account owner) {
        byte[] pdf = CpdExport.pdf(record(owner), LocalDate.now(clock));
        audit.record(owner.username(), AuditEventType.EXPORT, "Own CPD record (PDF)");
        return pdf;
    }

    /** The person's CPD record as CSV (UTF-8), one row per module or session; no cell opens as a formula. */
    @Transactional(readOnly = true)
    public byte[] csv(Account owner) {
        byte[] csv = CpdExport.csv(record(owner));
        audit.record(owner.username(), AuditEventType.EXPORT, "Own CPD record (CSV)");
        return csv;
    }

    private LocalDate date(java.time.Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }
}
