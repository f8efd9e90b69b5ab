package org.gongwen.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EscrowedKeystoreTests {

    @Test
    void thePasswordsLengthComesFirstThenThePasswordThenTheKeystore() {
        byte[] bytes = new EscrowedKeystore(new byte[] {'p', 'w'}, new byte[] {7, 8, 9}).toBytes();

        assertThat(bytes).containsExactly(0, 0, 0, 2, 'p', 'w', 7, 8, 9);
    }

    @Test
    void readsBackWhatItWrote() {
        byte[] password = "s3cret-password".getBytes(StandardCharsets.US_ASCII);
        byte[] keystore = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        EscrowedKeystore read = EscrowedKeystore.fromBytes(new EscrowedKeystore(password, keystore).toBytes());

        assertThat(read.password()).isEqualTo(password);
        assertThat(read.keystore()).isEqualTo(keystore);
    }
}
