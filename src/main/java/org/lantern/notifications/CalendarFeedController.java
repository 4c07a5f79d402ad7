package org.lantern.notifications;

import lombok.RequiredArgsConstructor;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/**
 * {@code GET /calendar/<token>.ics}: a person's calendar feed, without signing in (security: the
 * "signed links" chain). An unknown or revoked token is a bare 404, saying nothing of why. Cheap to
 * serve: one indexed lookup and one query of the person's sessions; calendar programs may cache it
 * for 15 minutes.
 */
@RestController
@RequiredArgsConstructor
class CalendarFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePrivate()).body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
