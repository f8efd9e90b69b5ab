package org.gongwen.security;

import java.util.Set;

/** A person as the login needs them: who, which unit, which roles. */
public record DirectoryUser(
        long personId,
        String username,
        String fullName,
        long unitId,
        String unitCode,
        String unitName,
        Set<String> roles,
        boolean active) {

    public DirectoryUser {
        roles = Set.copyOf(roles);
    }
}
