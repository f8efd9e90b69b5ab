package org.gongwen.support;

/** Byte-array search for tests that prove secrets are not stored in clear. */
public final class Bytes {

    private Bytes() {}

    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
