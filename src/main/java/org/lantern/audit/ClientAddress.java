package org.lantern.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the current request came from. This is the servlet's remote address: it follows
 * {@code X-Forwarded-For} only when {@code server.forward-headers-strategy} is set (then Tomcat or
 * Spring's forwarded-header filter has already applied it), so a client cannot forge it otherwise.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    /** The address of the request being handled on this thread, or null outside a request. */
    static @Nullable String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? of(attributes.getRequest()) : null;
    }

    static @Nullable String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null || address.isBlank() ? null : clip(address, 100);
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
