package org.lantern.people;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import org.lantern.base.Keyed;
import org.lantern.base.security.Role;

import org.jspecify.annotations.Nullable;
import org.lantern.base.security.SessionValidity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.lantern.base.security.SecurityContexts;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signed-in sessions that end when they should. A session remembers, from its sign-in, the account,
 * the account's {@code session_version} and the time; {@link #filter()} checks every request of the UI
 * against the database (one primary-key read), so a session ends on the next request, on whichever
 * instance serves it, once its account is disabled, erased, given other roles or teams, or has its
 * password changed (database triggers bump the version in the same transaction), and once it is older
 * than {@code lantern.session.max-lifetime}. Features that change what someone may do while they are
 * signed in call {@link #renewSessionId} (or {@link #keepThisSessionOnly} after a password change).
 */
@Service
public class AccountSessions implements SessionValidity {

    /** The sign-in page's query parameter saying why someone was signed out. */
    public static final String SIGNED_OUT_PARAMETER = "signed-out";

    /** Session attribute: the {@link Stamp} of the sign-in. */
    static final String STAMP = AccountSessions.class.getName() + ".STAMP";

    private final SecurityContexts contexts;

    /** Why a session was ended, as the sign-in page explains it. */
    @RequiredArgsConstructor
    @Getter
    public enum SignedOut implements Keyed {
        ACCOUNT_CHANGED("changed", "You were signed out because your account changed",
                "An administrator changed your account, or your password was changed. Sign in again to carry on."),
        TOO_LONG("expired", "You were signed out because you signed in a long time ago",
                "For safety, a sign-in lasts a limited time, however busy you are. Sign in again to carry on.");

        /** The value of the sign-in page's {@value #SIGNED_OUT_PARAMETER} parameter that names this reason, e.g. {@code expired}. */
        private final String key;
        private final String title;
        private final String message;

        /** The reason named by the sign-in page's {@value #SIGNED_OUT_PARAMETER} parameter, if it names one. */
        public static Optional<SignedOut> fromParameter(String value) {
            return Keyed.fromKey(SignedOut.class, value);
        }
    }

    /** What a session remembers of its sign-in. */
    record Stamp(long accountId, String username, long version, Instant signedInAt) implements Serializable {
    }

    private final AccountSessionRepository repository;
    private final Duration maxLifetime;
    private final Clock clock;

    @Autowired
    AccountSessions(AccountSessionRepository repository, AccountSessionProperties properties, Clock clock,
                    SecurityContexts contexts) {
        this.repository = repository;
        this.maxLifetime = properties.maxLifetime();
        this.clock = clock;
        this.contexts = contexts;
    }

    /** Without the application's own strategy (tests that build one by hand): Spring Security's global one. */
    AccountSessions(AccountSessionRepository repository, AccountSessionProperties properties, Clock clock) {
        this(repository, properties, clock, SecurityContexts.global());
    }

    /** Where this application keeps the signed-in person for the request (see {@link SecurityContexts}). */
    SecurityContextHolderStrategy securityContexts() {
        return contexts.strategy();
    }


    /**
     * The filter for the UI's security chain, placed after the session's security context is loaded and
     * before anything is authorised: it stamps a session at sign-in and ends stale ones.
     */
    @Override
    public Filter filter() {
        return new AccountSessionFilter(this);
    }

    /**
     * Gives the current session a new id, keeping its contents: call it whenever what the signed-in
     * person may do grows while they stay signed in (for example after linking an identity), so an id
     * that leaked before cannot be used for more.
     */
    public void renewSessionId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    /**
     * After the signed-in person changed their own password: their other sessions end (the database
     * bumped the account's session version), this one stays, under a new id. It stays only if the
     * password change is the one change since its last check; otherwise the next request ends it too.
     */
    public void keepThisSessionOnly(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        if (session.getAttribute(STAMP) instanceof Stamp stamp) {
            repository.current(stamp.accountId())
                    .filter(now -> now.enabled() && now.version() == stamp.version() + 1)
                    .ifPresent(now -> session.setAttribute(STAMP,
                            new Stamp(stamp.accountId(), stamp.username(), now.version(), stamp.signedInAt())));
        }
        request.changeSessionId();
    }

    /** Why a session must end now, if it must. */
    Optional<SignedOut> check(Stamp stamp) {
        var now = repository.current(stamp.accountId());
        if (now.isEmpty() || !now.get().enabled() || now.get().version() != stamp.version()) {
            return Optional.of(SignedOut.ACCOUNT_CHANGED);
        }
        if (!clock.instant().isBefore(stamp.signedInAt().plus(maxLifetime))) {
            return Optional.of(SignedOut.TOO_LONG);
        }
        return Optional.empty();
    }

    /**
     * The stamp for a session that has just signed in; empty when the account changed between the
     * password check and now (then the roles the sign-in granted may already be out of date).
     */
    Optional<Stamp> stamp(Authentication signedIn) {
        Set<String> granted = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_")).collect(Collectors.toSet());
        return repository.atSignIn(signedIn.getName())
                .filter(account -> account.enabled() && account.roles().stream().map(Role::authority)
                        .collect(Collectors.toSet()).equals(granted))
                .map(account -> new Stamp(account.accountId(), signedIn.getName(), account.version(), clock.instant()));
    }
}
