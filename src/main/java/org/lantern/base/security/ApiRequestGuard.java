package org.lantern.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps other websites from changing anything through the JSON API with a browser's cached
 * credentials. A state-changing request ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) is
 * refused with 403 when the browser marks it as coming from another site ({@link BrowserSignals#crossSite}),
 * and with 415 when its body is of a type no endpoint documents: only JSON and CSV are taken, or no body
 * at all. The three types an HTML form can send without the browser asking Lantern first
 * ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain}) are
 * therefore never accepted. Each endpoint narrows this further with its own {@code consumes}.
 */
final class ApiRequestGuard extends OncePerRequestFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Every request body type that some API endpoint documents. */
    static final List<MediaType> DOCUMENTED = List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("text/csv"));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        if (BrowserSignals.crossSite(request) != null) {
            JsonSecurityErrors.crossSite(response);
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && !documented(contentType)) {
            JsonSecurityErrors.unsupportedType(response, contentType);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean documented(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return DOCUMENTED.stream().anyMatch(type::equalsTypeAndSubtype);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
