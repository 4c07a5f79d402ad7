package org.lantern.people;

import lombok.RequiredArgsConstructor;

import org.lantern.base.security.UserNames;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in with the accounts stored in PostgreSQL (web login and API Basic auth), by the user name
 * in its {@link UserNames#normalise normal form}, the form it is stored in.
 */
@Service
@RequiredArgsConstructor
class AccountUserDetailsService implements UserDetailsService {

    private final PeopleRepository repository;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (UserNames.hasHiddenCharacters(username)) {
            throw new UsernameNotFoundException("No such account");
        }
        var credentials = repository.findCredentials(UserNames.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(credentials.username())
                .password(credentials.passwordHash())
                .disabled(!credentials.enabled())
                .authorities(credentials.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
    }
}
