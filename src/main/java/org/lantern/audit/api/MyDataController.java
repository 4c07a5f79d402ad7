package org.lantern.audit.api;

import org.lantern.audit.DataRightsService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me/data}: everything Lantern holds about the caller, as a ZIP. Never anyone else's. */
@RestController
class MyDataController {

    private final DataRightsService dataRights;

    MyDataController(DataRightsService dataRights) {
        this.dataRights = dataRights;
    }

    @GetMapping("/api/me/data")
    ResponseEntity<byte[]> myData(@AuthenticationPrincipal UserDetails user) {
        byte[] zip = dataRights.myData(user.getUsername());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(dataRights.myDataFileName()).build().toString())
                .body(zip);
    }
}
