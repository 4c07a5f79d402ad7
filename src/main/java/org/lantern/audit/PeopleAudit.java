package org.lantern.audit;

import lombok.RequiredArgsConstructor;

import org.lantern.people.AccountChanged;
import org.lantern.people.OrganisationSignInRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records changes to accounts and refused organisation sign-ins, which the people feature publishes
 * without knowing about the audit trail. Listeners run in the publisher's transaction, so a change and
 * its entry commit together.
 */
@Component
@RequiredArgsConstructor
class PeopleAudit {

    private final AuditService audit;

    @EventListener
    void accountChanged(AccountChanged event) {
        if (event.by() == null) {
            audit.record(AuditEventType.ACCOUNT_CHANGE, event.detail());
        } else {
            audit.record(event.by(), AuditEventType.ACCOUNT_CHANGE, event.detail());
        }
    }

    @EventListener
    void organisationSignInRefused(OrganisationSignInRefused event) {
        audit.record(event.username(), AuditEventType.SIGN_IN_FAILED, event.detail());
    }
}
