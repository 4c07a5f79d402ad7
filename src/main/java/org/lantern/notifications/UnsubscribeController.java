package org.lantern.notifications;

import lombok.RequiredArgsConstructor;

import org.lantern.base.export.HtmlEscaper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.stream.Collectors;

/**
 * The signed unsubscribe link in notification e-mails, without signing in (security: the "signed links"
 * chain). {@code GET} only shows what the link would turn off, with a button: mail scanners that open
 * links unsubscribe nobody. {@code POST} turns it off: the button, or a mail program's one-click
 * unsubscribe (RFC 8058, body {@code List-Unsubscribe=One-Click}). A link whose signature does not hold is a 404.
 */
@RestController
@RequiredArgsConstructor
class UnsubscribeController {

    private final UnsubscribeLinks links;

    @GetMapping(value = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@PathVariable String token) {
        return links.read(token).map(request -> page("Stop these e-mails?",
                        "<p>Lantern will stop e-mailing you " + request.kinds().stream().map(k -> k.label().toLowerCase(java.util.Locale.UK))
                                .map(HtmlEscaper::escape).collect(Collectors.joining(", ")) + ". They still appear in Lantern.</p>"
                                + "<form method=\"post\" action=\"" + HtmlEscaper.escape(token) + "\"><button type=\"submit\">Stop these e-mails</button></form>",
                        HttpStatus.OK))
                .orElseGet(UnsubscribeController::notFound);
    }

    @PostMapping(value = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        return links.unsubscribe(token)
                ? page("E-mails stopped", "<p>Lantern will no longer e-mail you these notifications. You can turn them on again "
                + "under Notifications, E-mail settings, once signed in.</p>", HttpStatus.OK)
                : notFound();
    }

    private static ResponseEntity<String> notFound() {
        return page("Link not recognised", "<p>This link is not valid. Choose your e-mail settings in Lantern instead.</p>",
                HttpStatus.NOT_FOUND);
    }

    private static ResponseEntity<String> page(String title, String body, HttpStatus status) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                        + "content=\"width=device-width, initial-scale=1\"><title>" + title + " | Lantern</title></head><body><main><h1>"
                        + title + "</h1>" + body + "</main></body></html>");
    }
}
