package org.lantern.surveys;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The keyed link and sealing, without a database. */
class PseudonymKeyTest {

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void aLinkIsTheDocumentedHmacAndDependsOnKeyProgrammeAndAccount() throws Exception {
        byte[] bytes = randomKey();
        PseudonymKey key = new PseudonymKey(bytes);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
        mac.update("lantern participant link v1".getBytes(StandardCharsets.US_ASCII));
        byte[] expected = mac.doFinal(ByteBuffer.allocate(16).putLong(7).putLong(42).array());

        assertThat(key.link(7, 42)).hasSize(32).isEqualTo(expected).isEqualTo(new PseudonymKey(bytes.clone()).link(7, 42));
        assertThat(key.link(7, 43)).isNotEqualTo(expected);
        assertThat(key.link(8, 42)).isNotEqualTo(expected);
        assertThat(new PseudonymKey(randomKey()).link(7, 42)).isNotEqualTo(expected);
        assertThat(key.links(7, List.of(42L, 43L))).containsExactly(key.link(7, 42), key.link(7, 43));
        assertThat(key.toString()).doesNotContain(java.util.Base64.getEncoder().encodeToString(bytes));
    }

    @Test
    void sealedDataOpensOnlyWithTheSameKeyAndProgrammeAndUnchanged() {
        PseudonymKey key = new PseudonymKey(randomKey());
        byte[] plain = "figures of a released report".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = key.seal(5, plain);
        assertThat(sealed).hasSize(12 + plain.length + 16);
        assertThat(key.seal(5, plain)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(key.unseal(5, sealed)).isEqualTo(plain);
        assertThat(key.unseal(5, key.seal(5, new byte[0]))).isEmpty();

        assertThatThrownBy(() -> key.unseal(6, sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was not sealed with this Lantern's pseudonym key for programme 6");
        assertThatThrownBy(() -> new PseudonymKey(randomKey()).unseal(5, sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was not sealed with this Lantern's pseudonym key");
        byte[] changed = sealed.clone();
        changed[20] ^= 1;
        assertThatThrownBy(() -> key.unseal(5, changed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changed since");
        assertThatThrownBy(() -> key.unseal(5, new byte[10])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyIsThirtyTwoBytesOfBase64() {
        assertThatThrownBy(() -> new PseudonymKey(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PseudonymKeyLoader.decode("not base64 !", "The setting"))
                .isInstanceOf(PseudonymKeyException.class).hasMessageStartingWith("The setting is not base64");
        assertThatThrownBy(() -> PseudonymKeyLoader.decode("c2hvcnQ=", "The setting"))
                .isInstanceOf(PseudonymKeyException.class).hasMessageContaining("holds 5 bytes");
        byte[] key = randomKey();
        assertThat(PseudonymKeyLoader.decode(" " + java.util.Base64.getEncoder().encodeToString(key) + "\n", "x")).isEqualTo(key);
    }
}
