package org.lantern.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Where the current request came from. This is the servlet's remote address: it follows
 * {@code X-Forwarded-For} only when {@code server.forward-headers-strategy} is set (then Tomcat or
 * Spring's forwarded-header filter has already applied it), so a client cannot forge it otherwise.
 */
final class ClientAddress {

    /** Only digits, hex letters, dots and colons (and an IPv6 zone): never a host name to look up. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z_.-]+)?");

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

    /**
     * What sign-in throttling counts one client by: an IPv4 address as it is, an IPv6 address by its
     * /64 network (one home or office network gets a whole /64, so a client can pick a new address in it
     * for each attempt), written like {@code 2001:db8:1:2::/64}. An IPv4 address written as IPv6
     * ({@code ::ffff:192.0.2.1}) counts as the IPv4 address.
     */
    static @Nullable String key(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String text = address.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        if (!LITERAL.matcher(text).matches()) {
            return clip(text, 100);
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(text);   // a literal: parsed, never looked up
        } catch (UnknownHostException | SecurityException e) {
            return clip(text, 100);
        }
        if (parsed instanceof Inet4Address) {
            return parsed.getHostAddress();
        }
        if (parsed instanceof Inet6Address) {
            byte[] bytes = parsed.getAddress();
            return String.format("%x:%x:%x:%x::/64", word(bytes, 0), word(bytes, 2), word(bytes, 4), word(bytes, 6));
        }
        return clip(text, 100);
    }

    private static int word(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
