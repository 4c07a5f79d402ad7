package org.lantern.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.lantern.audit.DataRightsService;
import org.lantern.base.api.ApiException;
import org.lantern.base.api.Downloads;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me/data}: everything Lantern holds about the caller, as a ZIP. Never anyone else's. */
@RestController
@RequiredArgsConstructor
@Tag(name = "People")
class MyDataController {

    private final DataRightsService dataRights;
    private final PeopleService people;

    @Operation(summary = "Everything Lantern holds about you, as a ZIP (your right of access)",
            responses = @ApiResponse(responseCode = "200", description = "The ZIP, as an attachment.", content = @Content(
                    mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))))
    @GetMapping("/api/me/data")
    ResponseEntity<byte[]> myData(@AuthenticationPrincipal UserDetails user) {
        Account account = people.findByUsername(user.getUsername())
                .orElseThrow(() -> ApiException.notFound("Your account no longer exists."));
        byte[] zip = dataRights.myData(account);
        return Downloads.attachment(zip, MediaType.parseMediaType("application/zip"), dataRights.myDataFileName());
    }
}
