package org.lantern.base.security;

import jakarta.servlet.http.HttpServletResponse;
import org.lantern.base.api.ApiError;
import org.lantern.base.database.DatabaseUnavailable;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 401 and 403 answers for the JSON API, as {@code {"error": "..."}} without a stack trace. */
final class JsonSecurityErrors {

    private JsonSecurityErrors() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (DatabaseUnavailable.isCause(e)) {
                // the account could not be looked up: not the caller's fault, so no 401
                response.setHeader("Retry-After", "30");
                write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
                return;
            }
            if (BrowserSignals.mayChallenge(request)) {
                // only for clients that are not browsers and asked for JSON: a browser would open its
                // password prompt and then send the cached password with cross-site requests too
                response.setHeader("WWW-Authenticate", "Basic realm=\"Lantern\", charset=\"UTF-8\"");
            }
            write(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Sign in with your Lantern user name and password (HTTP Basic).");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpServletResponse.SC_FORBIDDEN,
                "Your account is not allowed to do this.");
    }

    /** 403 for a state-changing request that a browser marks as coming from another site. */
    static void crossSite(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN,
                "Requests from other websites cannot change anything in Lantern. Call the API from a script or tool.");
    }

    /** 415 for a state-changing request whose body is not of a type the endpoint documents. */
    static void unsupportedType(HttpServletResponse response, String contentType) throws IOException {
        write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Content type not supported: " + contentType
                + ". Send JSON (application/json), or CSV (text/csv) where the endpoint takes a file.");
    }

    private static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ApiError.json(message));
    }
}
