package org.gongwen.shared;

import java.util.OptionalLong;

/** Reading the id back out of a process's business key, for the module that builds the key. */
public final class BusinessKeys {

    private BusinessKeys() {}

    /** The id after {@code prefix} in {@code businessKey} ({@code seal-7} → 7); empty for a key of another shape. */
    public static OptionalLong idAfter(String prefix, String businessKey) {
        if (businessKey == null || !businessKey.startsWith(prefix)) {
            return OptionalLong.empty();
        }
        String id = businessKey.substring(prefix.length());
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(id));
    }
}
