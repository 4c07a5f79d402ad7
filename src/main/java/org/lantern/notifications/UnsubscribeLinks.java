package org.lantern.notifications;

import org.lantern.base.Keyed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One-click unsubscribe links (RFC 8058) for the kinds of notification that are not essential: the link
 * names the person and the kinds and is signed with HMAC-SHA256, so it works without signing in and
 * cannot be made for anyone else or for other kinds. The key is {@code lantern.notifications.unsubscribe-key}
 * when set (the same on every instance), else one made at random and kept in the database.
 */
@Service
class UnsubscribeLinks {

    /** Whom a valid link is for, and which kinds it turns off. */
    record Request(long accountId, Set<NotificationKind> kinds) {
    }

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final CalendarFeedRepository repository;
    private final Notifications notifications;
    private final byte[] configuredKey;
    private volatile byte[] key;

    UnsubscribeLinks(CalendarFeedRepository repository, Notifications notifications,
                     @Value("${lantern.notifications.unsubscribe-key:}") String configuredKey) {
        this.repository = repository;
        this.notifications = notifications;
        this.configuredKey = configuredKey.getBytes(StandardCharsets.UTF_8);
    }

    /** The signed token for turning off e-mail of these (non-essential) kinds for the person. */
    String token(long accountId, Collection<NotificationKind> kinds) {
        String payload = accountId + "." + kinds.stream().filter(k -> !k.essential()).map(NotificationKind::key).sorted().distinct()
                .collect(Collectors.joining(","));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(sign(bytes));
    }

    /** What a token asks, if its signature holds. */
    Optional<Request> read(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODE.decode(parts[0]);
            if (!MessageDigest.isEqual(sign(payload), DECODE.decode(parts[1]))) {
                return Optional.empty();
            }
            String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\.", 2);
            Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
            for (String kind : fields[1].split(",")) {
                Keyed.fromKey(NotificationKind.class, kind).filter(k -> !k.essential()).ifPresent(kinds::add);
            }
            return kinds.isEmpty() ? Optional.empty() : Optional.of(new Request(Long.parseLong(fields[0]), kinds));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Turns off e-mail of the link's kinds; false when the link is not valid (or its person is gone). */
    @Transactional
    boolean unsubscribe(String token) {
        Optional<Request> request = read(token);
        request.ifPresent(r -> r.kinds().forEach(kind -> notifications.turnOffEmail(r.accountId(), kind)));
        return request.isPresent();
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            if (configuredKey.length > 0) {
                k = configuredKey;
            } else {
                byte[] candidate = new byte[32];
                new SecureRandom().nextBytes(candidate);
                k = repository.signingKey(candidate);
            }
            key = k;
        }
        return k;
    }
}
