package org.lantern.surveys;

import org.jspecify.annotations.Nullable;
import org.lantern.base.LanternProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The secret that ties accounts to their survey pseudonyms. It lives outside the database and its
 * backups ({@code <lantern.data-dir>/pseudonym.key}, or {@code lantern.pseudonym-key}), so a copy of
 * the database alone cannot tell whose answers are whose. Found or created at start by
 * {@link PseudonymKeyLoader}, which refuses to start when links exist and the key is missing or
 * different.
 * <p>
 * Other features use it to keep per-programme data that only Lantern can read ({@link #seal}).
 */
@Component
public class PseudonymKey {

    /** The key file's name inside the data folder. */
    public static final String FILE_NAME = "pseudonym.key";
    static final int KEY_BYTES = 32;
    private static final byte[] LINK_DOMAIN = "lantern participant link v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEAL_DOMAIN = "lantern seal v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FINGERPRINT_DOMAIN = "lantern key fingerprint v1".getBytes(StandardCharsets.US_ASCII);
    private static final String HMAC = "HmacSHA256";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec linkKey;
    private final SecretKeySpec sealKey;
    private final byte[] fingerprint;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    PseudonymKey(LanternProperties lantern, @Value("${lantern.pseudonym-key:}") String configured,
                 @Value("${lantern.pseudonym-key.reset:false}") boolean reset, LinkRepository repository) {
        this(PseudonymKeyLoader.load(lantern.dataDir().resolve(FILE_NAME), configured, reset, repository));
    }

    /** A key from its 32 bytes: what the Spring constructor ends in, and tests. */
    PseudonymKey(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("A pseudonym key is " + KEY_BYTES + " bytes, not " + key.length + ".");
        }
        this.linkKey = new SecretKeySpec(key, HMAC);
        this.sealKey = new SecretKeySpec(hmac(linkKey, SEAL_DOMAIN), "AES");
        this.fingerprint = fingerprintOf(key);
    }

    /**
     * The keyed link of an account in a programme: HMAC-SHA256(key, "lantern participant link v1" ‖
     * programme id ‖ account id), 32 bytes. Equal inputs give equal links; without the key, a link
     * cannot be traced back to the account.
     */
    public byte[] link(long programmeId, long accountId) {
        return link(newMac(linkKey), programmeId, accountId);
    }

    /** The links of many accounts in one programme, in the order given (one HMAC instance for all). */
    List<byte[]> links(long programmeId, Collection<Long> accountIds) {
        Mac mac = newMac(linkKey);
        List<byte[]> links = new ArrayList<>(accountIds.size());
        for (long accountId : accountIds) {
            links.add(link(mac, programmeId, accountId));
        }
        return links;
    }

    private static byte[] link(Mac mac, long programmeId, long accountId) {
        mac.update(LINK_DOMAIN);
        mac.update(ByteBuffer.allocate(16).putLong(programmeId).putLong(accountId).array());
        return mac.doFinal();
    }

    /**
     * Encrypts data that belongs to one programme (AES-256-GCM with a key derived from the pseudonym
     * key, a random 12-byte nonce in front, the programme id as associated data).
     */
    public byte[] seal(long programmeId, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(programmeAad(programmeId));
            byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + cipher.getOutputSize(plain.length));
            cipher.doFinal(plain, 0, plain.length, sealed, NONCE_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal data: " + e.getMessage(), e);
        }
    }

    /**
     * Decrypts what {@link #seal} made for the same programme.
     *
     * @throws IllegalStateException when the data was not sealed with this key for this programme, or
     *                               was changed since
     */
    public byte[] unseal(long programmeId, byte[] sealed) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw notSealedHere(programmeId);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(programmeAad(programmeId));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw notSealedHere(programmeId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not unseal data: " + e.getMessage(), e);
        }
    }

    /** HMAC(key, "lantern key fingerprint v1"): stored in the database to recognise the key, reveals nothing. */
    static byte[] fingerprintOf(byte[] key) {
        return hmac(new SecretKeySpec(key, HMAC), FINGERPRINT_DOMAIN);
    }

    /** Whether a stored fingerprint is this key's: compares keys without showing them. */
    boolean sameKeyAs(byte @Nullable [] storedFingerprint) {
        return storedFingerprint != null && MessageDigest.isEqual(fingerprint, storedFingerprint);
    }

    private static IllegalStateException notSealedHere(long programmeId) {
        return new IllegalStateException("The data was not sealed with this Lantern's pseudonym key for programme "
                + programmeId + ", or it has been changed since. Was pseudonym.key replaced, or the data copied from "
                + "another programme?");
    }

    private static byte[] programmeAad(long programmeId) {
        return ByteBuffer.allocate(SEAL_DOMAIN.length + 8).put(SEAL_DOMAIN).putLong(programmeId).array();
    }

    private static byte[] hmac(SecretKeySpec key, byte[] message) {
        return newMac(key).doFinal(message);
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "PseudonymKey[hidden]";
    }

}
