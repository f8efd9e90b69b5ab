package org.gongwen.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class KeyVaultTests {

    private static KeyVault vault() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new KeyVault(new SecretKeySpec(key, "AES"));
    }

    private final KeyVault vault = vault();
    private final byte[] secret = "-----PRIVATE KEY MATERIAL-----".getBytes(StandardCharsets.US_ASCII);

    @Test
    void encryptsAndDecryptsForTheSamePurpose() {
        byte[] stored = vault.encrypt(secret, "ca");
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("PRIVATE KEY");
        assertThat(vault.decrypt(stored, "ca")).isEqualTo(secret);
        assertThat(vault.encrypt(secret, "ca")).isNotEqualTo(stored);
    }

    @Test
    void refusesAnotherPurposeAlteredBytesAndAnotherMasterKey() {
        byte[] stored = vault.encrypt(secret, "ca");
        assertThatThrownBy(() -> vault.decrypt(stored, "seal")).isInstanceOf(IllegalStateException.class);
        byte[] altered = stored.clone();
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> vault.decrypt(altered, "ca")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vault().decrypt(stored, "ca")).isInstanceOf(IllegalStateException.class);
    }
}
