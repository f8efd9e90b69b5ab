package org.gongwen.seal.internal;

import java.nio.ByteBuffer;

/**
 * A keystore and its password as a {@link SealEscrow} keeps them before encryption: the password's length
 * (four bytes), the password, the keystore. The same layout for a seal's keystore and for its SM2 keystore.
 */
record EscrowedKeystore(byte[] password, byte[] keystore) {

    static EscrowedKeystore fromBytes(byte[] plain) {
        ByteBuffer buffer = ByteBuffer.wrap(plain);
        byte[] password = new byte[buffer.getInt()];
        buffer.get(password);
        byte[] keystore = new byte[buffer.remaining()];
        buffer.get(keystore);
        return new EscrowedKeystore(password, keystore);
    }

    byte[] toBytes() {
        return ByteBuffer.allocate(4 + password.length + keystore.length)
                .putInt(password.length)
                .put(password)
                .put(keystore)
                .array();
    }
}
