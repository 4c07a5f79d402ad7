package org.lantern.audit;

import lombok.RequiredArgsConstructor;

import org.lantern.surveys.ProgrammeArchived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the archiving of a survey programme, which deletes every link between people and their
 * answers. Surveys publish {@link ProgrammeArchived} without knowing about the audit trail; the entry
 * joins the archiving's transaction, so both commit or neither does.
 */
@Component
@RequiredArgsConstructor
class ProgrammeArchiveAudit {

    private final AuditService audit;

    @EventListener
    void archived(ProgrammeArchived event) {
        audit.record(event.archivedBy(), AuditEventType.PROGRAMME_ARCHIVE, "Archived programme '" + event.programme() + "' ("
                + event.title() + "): " + event.linksDeleted() + " survey links and " + event.draftsDeleted()
                + " unsubmitted responses deleted");
    }
}
