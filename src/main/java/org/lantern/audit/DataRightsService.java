package org.lantern.audit;

import org.lantern.base.privacy.PersonalDataHolder;
import org.lantern.base.privacy.PersonalDataSection;
import org.lantern.base.security.Account;
import org.lantern.base.security.UserNames;
import org.lantern.people.AccountPersonalData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * The door to people's data rights: a copy of everything Lantern holds about them, and erasure of an
 * account by an administrator. Both are audited. Every feature holding personal data gives its part
 * through {@link PersonalDataHolder}; this service only puts the parts together.
 */
@Service
public class DataRightsService {

    private final List<PersonalDataHolder> holders;
    private final AccountPersonalData accounts;
    private final AuditService audit;
    private final Clock clock;

    DataRightsService(List<PersonalDataHolder> holders, AccountPersonalData accounts, AuditService audit, Clock clock) {
        this.holders = holders.stream().sorted(Comparator.comparingInt(PersonalDataHolder::erasureOrder)).toList();
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Everything Lantern holds about the signed-in person, as a ZIP of JSON files with a README.md,
     * the journal as Markdown and CSV tables. Only ever the caller's own data: {@code account} is the signed-in person.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public byte[] myData(Account account) {
        long id = account.id();
        List<PersonalDataSection> sections = holders.stream().flatMap(h -> h.export(id).stream()).toList();
        byte[] zip = MyDataZip.write(new MyDataZip.Person(account.displayName(), account.username()), sections,
                clock.instant().atOffset(ZoneOffset.UTC));
        audit.record(account.username(), AuditEventType.DATA_RIGHTS, "Downloaded own data (ZIP, " + zip.length + " bytes)");
        return zip;
    }

    /** The file name for {@link #myData}, e.g. {@code lantern-my-data-2026-12-02.zip}. */
    public String myDataFileName() {
        return "lantern-my-data-" + clock.instant().atOffset(ZoneOffset.UTC).toLocalDate() + ".zip";
    }

    /** What an erasure did, in words for the administrator. */
    public record ErasureResult(String summary) {
    }

    /**
     * Erases an account, in one transaction: name, user name (now {@code erased-<id>}), password, roles,
     * teams, journal, saved tools, training progress, story drafts and survey drafts are removed; the
     * keyed links from the account to its survey codes are deleted, so submitted answers stay only as
     * unlinkable pseudonymous data; unpublished stories are withdrawn and published ones stay without an
     * author. Each feature erases its part ({@link PersonalDataHolder#erase}), the account itself last.
     *
     * @param confirmation must be the account's current user name, typed by the administrator
     * @throws DataRightsException when the confirmation does not match or the account cannot be erased
     * @throws org.springframework.security.access.AccessDeniedException unless an administrator asks
     */
    @Transactional
    public ErasureResult erase(Account admin, long accountId, String confirmation) {
        audit.requireAdmin(admin);
        var account = accounts.lockForErasure(accountId)
                .orElseThrow(() -> new DataRightsException("That account no longer exists."));
        if (account.erased()) {
            throw new DataRightsException("This account has already been erased.");
        }
        if (!account.username().equals(normalise(confirmation))) {
            throw new DataRightsException("Type the user name '" + account.username() + "' exactly to confirm.");
        }
        if (accountId == admin.id()) {
            throw new DataRightsException("You cannot erase your own account. Ask another administrator.");
        }
        List<String> erased = holders.stream().flatMap(h -> h.erase(accountId).stream()).toList();
        String summary = "Erased account " + accountId + ": " + String.join("; ", erased) + ".";
        audit.record(admin.username(), AuditEventType.DATA_RIGHTS, summary);
        return new ErasureResult(summary);
    }

    /** User names in their one normal form ({@link UserNames}), as accounts store them. */
    private static String normalise(String username) {
        return UserNames.normalise(username);
    }
}
