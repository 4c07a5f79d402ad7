package org.lantern.base.security;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in person, for views; views hand the {@link Account} to services. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CurrentAccount {

    private final AuthenticationContext authentication;
    private final AccountLookup people;

    public Optional<Account> get() {
        return authentication.getAuthenticatedUser(UserDetails.class)
                .flatMap(user -> people.findByUsername(user.getUsername()));
    }

    /** The signed-in account; views behind an access rule can rely on it. */
    public Account require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    public void signOut() {
        authentication.logout();
    }
}
