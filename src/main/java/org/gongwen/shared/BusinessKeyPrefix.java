package org.gongwen.shared;

import java.util.OptionalLong;

/**
 * How a process's business keys name the item its instance is about: {@code prefix} and the item's id
 * ({@code seal-7}). The process class that starts the instances declares it once and both builds its
 * keys with it and reads the id back out of them.
 */
public record BusinessKeyPrefix(String prefix) {

    /** The business key of item {@code id}: {@code seal-} and 7 → {@code seal-7}. */
    public String of(long id) {
        return prefix + id;
    }

    /**
     * The id after the prefix ({@code seal-7} → 7); empty for a key of another shape, a longer prefix
     * ({@code seal-revocation-7}) included.
     */
    public OptionalLong idOf(String businessKey) {
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
