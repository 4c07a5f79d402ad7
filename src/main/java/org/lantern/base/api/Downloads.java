package org.lantern.base.api;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** The answer of an API call that hands over a file to save rather than JSON to read. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * The file as an attachment: browsers save it under {@code fileName} (sent as plain ASCII and, for
     * names such as a team's, also encoded in UTF-8).
     */
    public static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
