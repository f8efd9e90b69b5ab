package org.gongwen.organization;

import java.util.Set;

/** A person as other modules and the API see them. */
public record PersonInfo(
        long id,
        String username,
        String fullName,
        long unitId,
        String unitCode,
        String unitName,
        String mobile,
        String email,
        Set<Role> roles,
        boolean active) {

    public PersonInfo {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }
}
