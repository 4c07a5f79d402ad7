package org.lantern.audit;

import lombok.RequiredArgsConstructor;

import org.lantern.base.content.ContentReloadStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what the shared layer ({@code base}) announces as accountable. Listeners run on the publishing
 * request, so the entry names the person who asked.
 */
@Component
@RequiredArgsConstructor
class BaseEventsAudit {

    private final AuditService audit;

    @EventListener
    void contentReloadStarted(ContentReloadStarted event) {
        audit.record(AuditEventType.CONTENT_RELOAD, "Content reload started from " + event.origin());
    }
}
