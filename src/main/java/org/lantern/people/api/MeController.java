package org.lantern.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "People")
class MeController {

    private final PeopleService people;

    record Me(String username, String displayName, List<String> roles, List<String> teams) {
    }

    @Operation(summary = "Who you are signed in as: a first call to check a script's user name and password",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Me.class), examples = @ExampleObject(value = """
                            {"username": "evaluator", "displayName": "Evan Evaluator", "roles": ["evaluator"], "teams": []}"""))))
    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal UserDetails user) {
        Account account = people.findByUsername(user.getUsername())
                .orElseThrow(() -> ApiException.notFound("Your account no longer exists."));
        return new Me(account.username(), account.displayName(),
                account.roles().stream().map(Role::key).toList(),
                account.teams().stream().map(Account.TeamMembership::teamName).toList());
    }
}
