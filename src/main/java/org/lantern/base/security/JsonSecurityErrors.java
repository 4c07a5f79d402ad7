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
            response.setHeader("WWW-Authenticate", "Basic realm=\"Lantern\", charset=\"UTF-8\"");
            write(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Sign in with your Lantern user name and password (HTTP Basic).");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpServletResponse.SC_FORBIDDEN,
                "Your account is not allowed to do this.");
    }

    private static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ApiError.json(message));
    }
}
