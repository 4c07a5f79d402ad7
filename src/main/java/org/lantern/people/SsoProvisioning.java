package org.lantern.people;

import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Single sign-on provisioning (README "Single sign-on provisioning"). When an organisation opts in, a person the
 * identity provider signs in who has no Lantern account yet gets one, made from the claims: user name, name and
 * e-mail from the standard claims, teams and roles from the mapped group claims ({@link SsoProvisioningProperties}),
 * never administrator rights. The account is written by {@link PeopleWriter}, the same door as the people import.
 * <p>
 * Accounts made this way follow the claims at each later sign-in (name, e-mail, teams, roles; administrator rights
 * an administrator gave by hand are kept); accounts made by hand, imported or pushed by SCIM never change by a claim.
 * Leavers are disabled by the people import or SCIM (or by hand): a disabled account cannot sign in.
 */
@Service
public class SsoProvisioning {

    /** Recorded as who linked an identity that provisioning created an account for. */
    static final String LINKED_BY = "single sign-on";
    static final String LINKED_BY_SCIM_ID = "single sign-on (SCIM externalId)";
    /** Mapped teams Lantern does not have yet are created; nobody else is touched. */
    private static final ImportOptions PROVISIONING = new ImportOptions(true, false);

    private final PeopleRepository people;
    private final PeopleImportRepository imports;
    private final IdentityLinkRepository links;
    private final PeopleWriter writer;
    private final ScimRepository scim;
    private final ApplicationEventPublisher events;
    private volatile SsoProvisioningProperties rules;

    SsoProvisioning(PeopleRepository people, PeopleImportRepository imports, IdentityLinkRepository links,
                    PeopleWriter writer, ScimRepository scim, ApplicationEventPublisher events,
                    SsoProvisioningProperties rules) {
        this.people = people;
        this.imports = imports;
        this.links = links;
        this.writer = writer;
        this.scim = scim;
        this.events = events;
        this.rules = rules;
    }

    /** The configured mapping, shown read-only to administrators. */
    public SsoProvisioningProperties rules() {
        return rules;
    }

    /** Replaces the mapping while Lantern runs: tests switch provisioning on and off in one application. */
    void use(SsoProvisioningProperties rules) {
        this.rules = rules;
    }

    /**
     * The account an organisation sign-in opens: the linked one (brought up to date with the claims when
     * provisioning made it), or, with provisioning on, a new one made from the claims.
     *
     * @return empty when the identity is linked to no account and provisioning is off
     * @throws PeopleException when provisioning is on but cannot make the account (why, for the audit trail)
     */
    @Transactional
    Optional<Account> accountFor(String issuer, String subject, Map<String, Object> claims, String label) {
        SsoProvisioningProperties now = rules;
        Optional<IdentityLinkRepository.Link> link = links.find(issuer, subject);
        if (link.isPresent()) {
            Account account = people.findById(link.get().accountId()).orElseThrow();
            if (now.enabled() && link.get().provisioned() && account.enabled()) {
                return Optional.of(update(now, account, claims));
            }
            return Optional.of(account);
        }
        Optional<Account> pushed = pushedBySCIM(now, issuer, subject, claims, label);
        if (pushed.isPresent() || !now.enabled()) {
            return pushed;
        }
        imports.lock();
        if (links.find(issuer, subject).isPresent()) {
            // made by a sign-in of the same person that finished first
            return people.findById(links.find(issuer, subject).orElseThrow().accountId());
        }
        return Optional.of(create(now, issuer, subject, claims, label));
    }

    /** The account SCIM created with the identity's id as externalId, now linked to the identity (not provisioned). */
    private Optional<Account> pushedBySCIM(SsoProvisioningProperties now, String issuer, String subject,
                                           Map<String, Object> claims, String label) {
        String externalId = now.scimIdClaim() == null ? null : text(claims.get(now.scimIdClaim()));
        if (externalId == null) {
            return Optional.empty();
        }
        Optional<Account> account = scim.accountWithExternalId(externalId).flatMap(people::findById)
                .filter(a -> !a.hasRole(Role.ADMIN));
        if (account.isEmpty() || !links.insert(account.get().id(), issuer, subject, shown(label), LINKED_BY_SCIM_ID)) {
            return Optional.empty();
        }
        events.publishEvent(new AccountChanged(account.get().username(), "Organisation sign-in linked to the account "
                + "SCIM created, by its externalId in the '" + now.scimIdClaim() + "' claim: issuer " + issuer
                + ", subject " + subject));
        return account;
    }

    private Account create(SsoProvisioningProperties now, String issuer, String subject, Map<String, Object> claims,
                           String label) {
        PeopleCsv.Row row = row(now, null, claims);
        if (people.findCredentials(row.username()).isPresent()) {
            throw new PeopleException("the user name '" + row.username() + "' belongs to an account that is not linked to "
                    + "this sign-in: an administrator links them on People and teams.");
        }
        ImportPlanner.Planned planned = writer.planOne(null, row, PROVISIONING);
        long id = writer.write(planned).get(row.username());
        if (!links.insert(id, issuer, subject, shown(label), LINKED_BY, true)) {
            throw new PeopleException("the identity was linked to another account at the same moment.");
        }
        ImportPlan.PersonChange change = planned.plan().people().getFirst();
        events.publishEvent(new AccountChanged(row.username(), "Account created by single sign-on (issuer " + issuer
                + ", subject " + subject + "): " + String.join("; ", change.changes())));
        return people.findById(id).orElseThrow();
    }

    private Account update(SsoProvisioningProperties now, Account account, Map<String, Object> claims) {
        ImportPlanner.Planned planned = writer.planOne(account, row(now, account.username(), claims), PROVISIONING);
        if (planned.writes().isEmpty()) {
            return account;
        }
        writer.write(planned);
        events.publishEvent(new AccountChanged(account.username(), "Account updated by single sign-on from the "
                + "identity provider's claims: " + String.join("; ", planned.plan().people().getFirst().changes())));
        return people.findById(account.id()).orElseThrow();
    }

    /**
     * The person as the claims describe them.
     *
     * @param username the account's user name when it exists (user names never change by a claim)
     */
    static PeopleCsv.Row row(SsoProvisioningProperties rules, @Nullable String username, Map<String, Object> claims) {
        String name = username != null ? username : username(rules, claims);
        Set<String> teams = new LinkedHashSet<>();
        Set<String> manages = new LinkedHashSet<>();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(claims.get(rules.teamsClaim()))) {
            Optional.ofNullable(rules.teams().get(value)).ifPresent(teams::add);
            Optional.ofNullable(rules.manages().get(value)).ifPresent(manages::add);
        }
        for (String value : values(claims.get(rules.rolesClaim()))) {
            Optional.ofNullable(rules.role(value)).ifPresent(roles::add);
        }
        if (teams.isEmpty() && manages.isEmpty() && roles.isEmpty()
                && rules.unmapped() == SsoProvisioningProperties.Unmapped.REFUSE) {
            throw new PeopleException("none of the person's '" + rules.teamsClaim() + "' or '" + rules.rolesClaim()
                    + "' values is mapped to a Lantern team or role, and lantern.sso.provisioning.unmapped is refuse.");
        }
        if (roles.isEmpty()) {
            roles.add(Role.STAFF);
        }
        String displayName = text(claims.get("name"));
        if (displayName == null) {
            displayName = String.join(" ", List.of(Optional.ofNullable(text(claims.get("given_name"))).orElse(""),
                    Optional.ofNullable(text(claims.get("family_name"))).orElse(""))).strip();
        }
        displayName = AccountRules.displayName(displayName.isBlank() ? name
                : displayName.substring(0, Math.min(displayName.length(), AccountRules.MAX_NAME)));
        return new PeopleCsv.Row(0, name, displayName, email(claims), roles, List.copyOf(teams), List.copyOf(manages), true);
    }

    private static String username(SsoProvisioningProperties rules, Map<String, Object> claims) {
        String raw = Optional.ofNullable(text(claims.get(rules.usernameClaim()))).orElseGet(() -> text(claims.get("email")));
        if (raw == null) {
            throw new PeopleException("the identity provider sent neither a '" + rules.usernameClaim() + "' nor an "
                    + "'email' claim to make a user name from.");
        }
        String local = ScimPeople.localPart(raw);
        try {
            return AccountRules.username(local.toLowerCase(Locale.ROOT));
        } catch (PeopleException e) {
            throw new PeopleException("'" + local + "' from the '" + rules.usernameClaim() + "' claim cannot be a user name: "
                    + e.getMessage());
        }
    }

    /** The e-mail claim unless the provider says it is unverified, or is not an address Lantern can use. */
    private static @Nullable String email(Map<String, Object> claims) {
        if (Boolean.FALSE.equals(claims.get("email_verified")) || "false".equals(claims.get("email_verified"))) {
            return null;
        }
        try {
            return AccountRules.email(text(claims.get("email")));
        } catch (PeopleException e) {
            return null;
        }
    }

    /** What to call the identity on the account page: no control characters, at most 200 characters. */
    private static String shown(String label) {
        String shown = label.replaceAll("\\p{Cntrl}", "").strip();
        return shown.length() > 200 ? shown.substring(0, 200) : shown;
    }

    private static List<String> values(@Nullable Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(SsoProvisioning::text).filter(v -> v != null).map(v -> v.toLowerCase(Locale.ROOT)).toList();
        }
        String one = text(claim);
        return one == null ? List.of() : List.of(one.toLowerCase(Locale.ROOT));
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
