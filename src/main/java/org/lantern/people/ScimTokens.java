package org.lantern.people;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.base.security.SecretTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Bearer tokens for SCIM (README "SCIM"): an administrator creates one for an identity platform (Entra ID, Okta),
 * sees it once, and can revoke it. Lantern keeps only a SHA-256 hash (the token is 256 random bits, so a fast hash
 * is enough: there is nothing to guess). Creating and revoking are audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScimTokens {

    private static final String PREFIX = "lantern-scim-";

    private final ScimTokenRepository tokens;
    private final PeopleRepository people;
    private final ApplicationEventPublisher events;

    /** A token as administrators see it: never the token itself. */
    public record Token(long id, String label, String createdBy, OffsetDateTime createdAt,
                        @Nullable OffsetDateTime lastUsedAt, @Nullable OffsetDateTime revokedAt) {
    }

    /** A token just created: {@code secret} is shown this once and never again. */
    public record Issued(Token token, String secret) {
    }

    /**
     * Creates a token.
     *
     * @param label what the token is for, e.g. "Entra ID provisioning"
     * @throws PeopleException       when the label is empty or too long
     * @throws AccessDeniedException unless {@code by} is an enabled administrator
     */
    @Transactional
    public Issued create(Account by, String label) {
        requireAdmin(by);
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new PeopleException("Say what the token is for (1 to 100 characters), e.g. \"Entra ID provisioning\".");
        }
        String secret = PREFIX + SecretTokens.newToken();
        long id = tokens.insert(name, SecretTokens.sha256Hex(secret), by.username());
        events.publishEvent(new AccountChanged(by.username(), "SCIM token created: '" + name + "'"));
        return new Issued(tokens.all().stream().filter(t -> t.id() == id).findFirst().orElseThrow(), secret);
    }

    /** Every token, newest first, revoked ones included. */
    @Transactional(readOnly = true)
    public List<Token> all(Account by) {
        requireAdmin(by);
        return tokens.all();
    }

    /** Revokes a token: the identity platform using it is refused from the next request. */
    @Transactional
    public void revoke(Account by, long id) {
        requireAdmin(by);
        String label = tokens.labelOf(id).orElseThrow(() -> new PeopleException("That token no longer exists."));
        if (tokens.revoke(id, by.username())) {
            events.publishEvent(new AccountChanged(by.username(), "SCIM token revoked: '" + label + "'"));
        }
    }

    /** Whether a bearer token sent to {@code /scim} is a live one. */
    @Transactional
    public boolean accepts(@Nullable String secret) {
        return secret != null && secret.startsWith(PREFIX) && secret.length() < 200 && tokens.use(SecretTokens.sha256Hex(secret));
    }

    private void requireAdmin(Account by) {
        if (people.findById(by.id()).filter(a -> a.enabled() && a.hasRole(Role.ADMIN)).isEmpty()) {
            throw new AccessDeniedException("Only administrators manage SCIM tokens.");
        }
    }

}
