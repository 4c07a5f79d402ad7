package org.lantern.people;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Role;

import org.lantern.base.security.Account;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The door to organisation sign-in links: which identities (issuer and subject at an OpenID Connect
 * provider) may sign in as which Lantern account. A link is made once, by an administrator or by the
 * person themselves after signing in with their Lantern password; sign-in through a provider then
 * finds the account only through it. Every change is audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IdentityLinks {

    /** An issuer as OpenID Connect defines it: an https (or, for local providers, http) URL. */
    private static final Pattern ISSUER = Pattern.compile("https?://[^\\s\\p{Cntrl}]{1,492}");
    private static final Pattern SUBJECT = Pattern.compile("[^\\p{Cntrl}]{1,255}");

    private final IdentityLinkRepository links;
    private final PeopleRepository people;
    private final ApplicationEventPublisher events;

    /** Whether this sign-in may link an organisation identity to its account: only a password sign-in may. */
    public static boolean mayLinkFrom(@Nullable Authentication signedIn) {
        return OrganisationSignIn.signedInWithPassword(signedIn);
    }

    /**
     * The issuer a configured provider's ID tokens must name: the one its discovery document gave, else its
     * configured {@code issuer-uri}; null when neither is known (such a provider cannot sign anyone in).
     */
    public static @Nullable String issuerOf(ClientRegistration registration) {
        Object discovered = registration.getProviderDetails().getConfigurationMetadata().get("issuer");
        return discovered != null ? discovered.toString() : registration.getProviderDetails().getIssuerUri();
    }

    /** The identities linked to an account, oldest first. */
    @Transactional(readOnly = true)
    public List<LinkedIdentity> linkedTo(long accountId) {
        return links.linkedTo(accountId);
    }

    /** How many identities each account has linked; accounts without any are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> linkCounts() {
        return links.counts();
    }

    /**
     * An administrator links an identity to an account (any account, administrators included).
     *
     * @throws PeopleException       when the issuer or subject is malformed, or the identity is already linked
     * @throws AccessDeniedException unless {@code by} is an enabled administrator
     */
    @Transactional
    public LinkedIdentity link(Account by, long accountId, String issuer, String subject) {
        String admin = requireAdmin(by);
        String iss = issuer == null ? "" : issuer.strip();
        String sub = subject == null ? "" : subject.strip();
        if (!ISSUER.matcher(iss).matches()) {
            throw new PeopleException("The issuer is the identity provider's address, starting with https://, "
                    + "exactly as its ID tokens give it.");
        }
        if (!SUBJECT.matcher(sub).matches()) {
            throw new PeopleException("The subject is the identifier the identity provider gives the person "
                    + "(1 to 255 characters).");
        }
        Account account = people.findById(accountId).orElseThrow(() -> new PeopleException("That account no longer exists."));
        if (links.isErased(accountId)) {
            throw new PeopleException("This account has been erased; it cannot be linked.");
        }
        Optional<Long> owner = links.accountFor(iss, sub);
        if (owner.isPresent()) {
            String who = owner.get() == accountId ? "this account" : people.findById(owner.get()).map(Account::username)
                    .map(name -> "the account '" + name + "'").orElse("another account");
            throw new PeopleException("That identity is already linked to " + who + ". Remove that link first.");
        }
        if (!links.insert(accountId, iss, sub, "", admin)) {
            throw new PeopleException("That identity has just been linked to another account.");
        }
        events.publishEvent(new AccountChanged(admin, "Organisation sign-in linked to '" + account.username()
                + "' by an administrator: issuer " + iss + ", subject " + sub));
        return links.linkedTo(accountId).stream().filter(l -> l.issuer().equals(iss) && l.subject().equals(sub))
                .findFirst().orElseThrow();
    }

    /**
     * An administrator removes a link: the identity can no longer sign in until it is linked again.
     *
     * @throws AccessDeniedException unless {@code by} is an enabled administrator
     */
    @Transactional
    public void unlink(Account by, long linkId) {
        String admin = requireAdmin(by);
        LinkedIdentity link = links.find(linkId).orElseThrow(() -> new PeopleException("That link no longer exists."));
        links.delete(linkId);
        String username = people.findById(link.accountId()).map(Account::username).orElse("account " + link.accountId());
        events.publishEvent(new AccountChanged(admin, "Organisation sign-in link removed from '" + username
                + "' by an administrator: issuer " + link.issuer() + ", subject " + link.subject()));
    }

    /** What happened when a person linked their own identity. */
    enum OwnLink { LINKED, ALREADY_LINKED, LINKED_TO_SOMEONE_ELSE, CANNOT_LINK }

    /**
     * The person signed in to {@code username} (with their password) linked the identity the provider has
     * just vouched for. Refused when the identity belongs to another account.
     */
    @Transactional
    OwnLink linkOwn(String username, String issuer, String subject, String label) {
        var account = people.findCredentials(username).filter(PeopleRepository.Credentials::enabled);
        if (account.isEmpty() || !ISSUER.matcher(issuer).matches() || !SUBJECT.matcher(subject).matches()) {
            return OwnLink.CANNOT_LINK;
        }
        long id = account.get().id();
        Optional<Long> owner = links.accountFor(issuer, subject);
        if (owner.isPresent()) {
            if (owner.get() != id) {
                events.publishEvent(new AccountChanged(username, "Refused to link an organisation sign-in that "
                        + "is linked to another account: issuer " + issuer + ", subject " + subject));
                return OwnLink.LINKED_TO_SOMEONE_ELSE;
            }
            return OwnLink.ALREADY_LINKED;
        }
        String shown = label.replaceAll("\\p{Cntrl}", "").strip();
        if (!links.insert(id, issuer, subject, shown.length() > 200 ? shown.substring(0, 200) : shown, username)) {
            return OwnLink.LINKED_TO_SOMEONE_ELSE;
        }
        events.publishEvent(new AccountChanged(username, "Linked own organisation sign-in: issuer " + issuer
                + ", subject " + subject));
        return OwnLink.LINKED;
    }

    /** The account an identity is linked to, as sign-in sees it (whether enabled, and its roles). */
    @Transactional(readOnly = true)
    Optional<Account> accountFor(String issuer, String subject) {
        return links.accountFor(issuer, subject).flatMap(people::findById);
    }

    private String requireAdmin(Account by) {
        // read again: an administrator disabled or demoted since signing in is refused at once
        boolean allowed = people.findById(by.id()).filter(a -> a.enabled() && a.hasRole(Role.ADMIN)).isPresent();
        String admin = by.username();
        if (!allowed) {
            throw new AccessDeniedException("Only administrators link organisation sign-in identities to accounts.");
        }
        return admin;
    }
}
