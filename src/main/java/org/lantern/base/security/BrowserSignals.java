package org.lantern.base.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What a request's headers say about the client that sent it. Browsers mark their requests with
 * {@code Origin} and {@code Sec-Fetch-*} headers that a web page cannot remove or forge; scripts and
 * tools such as curl send none of them.
 */
final class BrowserSignals {

    private BrowserSignals() {
    }

    /**
     * True when the client may be shown the HTTP Basic challenge ({@code WWW-Authenticate}): it sent no
     * {@code Origin} and no {@code Sec-Fetch-*} header (so it is not a browser, which would open its
     * password prompt and then send the cached password with every later request, cross-site ones
     * included), and it asked for JSON by name in {@code Accept} (a page can make a browser load an
     * address as an image or a script, whose {@code Accept} never names JSON).
     */
    static boolean mayChallenge(HttpServletRequest request) {
        return !fromBrowser(request) && asksForJson(request);
    }

    /** Whether the request carries any header only browsers send. */
    static boolean fromBrowser(HttpServletRequest request) {
        return request.getHeader("Origin") != null || request.getHeader("Sec-Fetch-Mode") != null
                || request.getHeader("Sec-Fetch-Site") != null || request.getHeader("Sec-Fetch-Dest") != null;
    }

    private static boolean asksForJson(HttpServletRequest request) {
        var accepts = request.getHeaders("Accept");
        while (accepts != null && accepts.hasMoreElements()) {
            try {
                for (MediaType type : MediaType.parseMediaTypes(accepts.nextElement())) {
                    if (!type.isWildcardType() && !type.isWildcardSubtype()
                            && (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type) || type.getSubtype().endsWith("+json"))) {
                        return true;
                    }
                }
            } catch (InvalidMediaTypeException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * Why a browser's request comes from another site, or null when it does not: {@code Sec-Fetch-Site}
     * other than {@code same-origin} or {@code none} (typed by the person), or an {@code Origin} other
     * than this server's own. Requests without either header (curl, scripts) are not cross-site.
     */
    static @Nullable String crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return "Sec-Fetch-Site: " + site;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            return "Origin: " + origin;
        }
        return null;
    }

    /**
     * The origin must name this server as the browser reached it: the host and port of the request's
     * {@code Host} header. The scheme is not compared, because behind a proxy that ends HTTPS (and with
     * {@code server.forward-headers-strategy=none}) Lantern sees plain HTTP while the browser says https.
     */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        URI uri;
        try {
            uri = new URI(origin.trim());
        } catch (URISyntaxException e) {
            return false;
        }
        // "null" (sandboxed frames, privacy redirects) and anything that is not an http(s) origin is foreign
        if (uri.getHost() == null || uri.getScheme() == null
                || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
            return false;
        }
        String host = request.getServerName();
        if (host == null || !stripBrackets(uri.getHost().toLowerCase(Locale.ROOT)).equals(stripBrackets(host.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        int originPort = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        int hostPort = hostHeaderPort(request);
        // a Host header without a port means the default port of whatever scheme the browser used
        return hostPort == -1 ? uri.getPort() == -1 : originPort == hostPort;
    }

    private static int hostHeaderPort(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null) {
            return request.getServerPort();
        }
        int colon = host.lastIndexOf(':');
        if (colon < 0 || host.lastIndexOf(']') > colon) {
            return -1;
        }
        try {
            return Integer.parseInt(host.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -2;   // matches no origin
        }
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
