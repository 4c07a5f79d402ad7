package org.lantern.base.security;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;

/**
 * Who may read {@code /actuator/prometheus}: administrators (HTTP Basic), and, when
 * {@code lantern.metrics.allow-loopback} is on (the default), anything on the same machine, such as a
 * local Prometheus or agent. Behind a reverse proxy on the same machine every request looks local:
 * then switch loopback off, or block the path at the proxy.
 */
@RequiredArgsConstructor
final class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final boolean allowLoopback;
    private final AuthorizationManager<RequestAuthorizationContext> admin = AuthorityAuthorizationManager.hasRole("ADMIN");

    @Override
    public @Nullable AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
                                                   RequestAuthorizationContext context) {
        if (allowLoopback && isLoopback(context.getRequest())) {
            return new AuthorizationDecision(true);
        }
        return admin.authorize(authentication, context);
    }

    static boolean isLoopback(HttpServletRequest request) {
        try {
            // getRemoteAddr is a literal address here, so no name lookup happens
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
