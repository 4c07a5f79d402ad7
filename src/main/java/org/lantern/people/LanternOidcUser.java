package org.lantern.people;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.util.Collection;

/**
 * Someone signed in through their organisation, as the Lantern account their identity is linked to: the rest of
 * Lantern sees the same {@link UserDetails} as after a password sign-in, with the account's roles.
 */
final class LanternOidcUser extends DefaultOidcUser implements UserDetails {

    private final String username;
    private final boolean linkedNow;

    /** @param linkedNow whether this sign-in was the person linking the identity from their account page */
    LanternOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
                    @Nullable OidcUserInfo userInfo, String username, boolean linkedNow) {
        super(authorities, idToken, userInfo, "sub");
        this.username = username;
        this.linkedNow = linkedNow;
    }

    boolean linkedNow() {
        return linkedNow;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** The Lantern user name, so {@code Authentication.getName()} is the same as after a password sign-in. */
    @Override
    public String getName() {
        return username;
    }

    @Override
    public @Nullable String getPassword() {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LanternOidcUser user && user.username.equals(username) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
