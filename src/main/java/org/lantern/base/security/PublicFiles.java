package org.lantern.base.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/**
 * The files every visitor may load: Vaadin's scripts and the styles and images of the pages. They carry
 * no authority and nothing personal, so they are served without reading the signed-in account and may
 * be cached by the browser as their server says ({@code Cache-Control: max-age}), without the
 * {@code no-store}/{@code Pragma: no-cache} every other answer gets: otherwise the browser asks again for
 * each of about twenty scripts on every page (issue 16, the waits after signing in).
 * {@code /VAADIN/dynamic/} (downloads) and Vaadin's push and UIDL requests are not among them.
 */
public final class PublicFiles {

    private static final List<String> FOLDERS =
            List.of("/VAADIN/build/", "/VAADIN/static/", "/lumo/", "/styles/", "/images/", "/icons/");

    private PublicFiles() {
    }

    /** Whether this request only reads one of the public files. */
    public static boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return FOLDERS.stream().anyMatch(path::startsWith) || "/favicon.ico".equals(path);
    }
}
