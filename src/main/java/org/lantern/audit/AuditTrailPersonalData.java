package org.lantern.audit;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.base.privacy.PersonalDataHolder;
import org.lantern.base.privacy.PersonalDataSection;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The audit trail's part of people's data rights: the entries recorded under the person's account in
 * "Download my data" (with a CSV table). Erasure leaves them: the trail is kept for its retention period.
 */
@Component
@RequiredArgsConstructor
class AuditTrailPersonalData implements PersonalDataHolder {

    private static final List<String> NOT_THEIR_ADDRESS =
            List.of(AuditEventType.SIGN_IN_FAILED.key(), AuditEventType.SIGN_IN_REFUSED.key());

    private final AuditRepository repository;

    record Stored(OffsetDateTime at, String type, String detail, @Nullable String clientIp) {
    }

    /**
     * An audit entry recorded under the person's account: what they did, and sign-ins tried with their
     * user name. The address is left out of failed and refused sign-ins, which may have come from
     * someone else.
     */
    record AuditEntryOfYours(OffsetDateTime at, String event, String eventLabel, String detail, @Nullable String clientIp) {
    }

    @Override
    public List<PersonalDataSection> export(long accountId) {
        List<AuditEntryOfYours> trail = repository.entriesUnder(accountId).stream().map(AuditTrailPersonalData::ofYours).toList();
        String readme = trail.size() + " (`audit-trail.csv`): what you did that Lantern records (sign-ins, downloads, "
                + "changes), and sign-ins tried with your user name. Failed and refused sign-ins are shown without the "
                + "address they came from, which may have been someone else's. Entries that other people's actions made "
                + "(for example an administrator changing your roles) are theirs, not included here. Entries are kept for "
                + "the audit retention period, then removed.\n";
        return List.of(PersonalDataSection.of(110, "audit-trail", trail, "Audit trail entries under your account", readme)
                .withTable("audit-trail.csv", List.of("at", "event", "detail", "client_ip"), trail.stream()
                        .map(e -> List.of(e.at().toString(), e.eventLabel(), e.detail(),
                                Objects.requireNonNullElse(e.clientIp(), ""))).toList()));
    }

    /**
     * Entries other people recorded (an administrator changing their roles) are those people's actions
     * and are not included. Failed and refused sign-ins come without the address, and entries about
     * other people's accounts (an administrator's changes and erasures, an audit download filtered by
     * a person) without their details.
     */
    private static AuditEntryOfYours ofYours(Stored e) {
        return new AuditEntryOfYours(e.at(), e.type(), AuditEventType.fromKey(e.type()).map(AuditEventType::label).orElse(e.type()),
                ownDetail(e.type(), e.detail()), NOT_THEIR_ADDRESS.contains(e.type()) ? null : e.clientIp());
    }

    private static String ownDetail(String type, String detail) {
        if (type.equals(AuditEventType.ACCOUNT_CHANGE.key()) && !detail.equals("Changed own password")) {
            return "A change to an account or team (its details are about other people and are not included)";
        }
        if (type.equals(AuditEventType.DATA_RIGHTS.key()) && !detail.startsWith("Downloaded own data")) {
            return "An account erased (its details are about another person and are not included)";
        }
        if (type.equals(AuditEventType.EXPORT.key()) && detail.startsWith("Audit trail (CSV)")) {
            return "Audit trail (CSV)";
        }
        return detail;
    }

    @Override
    public List<String> erase(long accountId) {
        return List.of();
    }

    @Override
    public int erasureOrder() {
        return 90;
    }
}
