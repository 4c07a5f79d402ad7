package org.lantern.people.api;

import lombok.RequiredArgsConstructor;

import org.lantern.base.api.ApiException;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/me}: who the caller is, for scripts checking their credentials. */
@RestController
@RequiredArgsConstructor
class MeController {

    private final PeopleService people;

    record Me(String username, String displayName, List<String> roles, List<String> teams) {
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal UserDetails user) {
        Account account = people.findByUsername(user.getUsername())
                .orElseThrow(() -> ApiException.notFound("Your account no longer exists."));
        return new Me(account.username(), account.displayName(),
                account.roles().stream().map(Role::key).toList(),
                account.teams().stream().map(Account.TeamMembership::teamName).toList());
    }
}
