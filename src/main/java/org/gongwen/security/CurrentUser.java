package org.gongwen.security;

import java.util.Set;

/** The signed-in person. Unit-scoped data is filtered with {@link #maySeeUnit(long)}. */
public record CurrentUser(
        long personId,
        String username,
        String fullName,
        long unitId,
        String unitCode,
        String unitName,
        Set<String> roles) {

    /** Roles whose holders supervise every unit and so may read every unit's data. */
    public static final Set<String> COUNTY_WIDE_ROLES = Set.of("COUNTY_OFFICE", "SUPERVISOR", "ADMIN");

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public static CurrentUser of(DirectoryUser user) {
        return new CurrentUser(user.personId(), user.username(), user.fullName(), user.unitId(),
                user.unitCode(), user.unitName(), user.roles());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isCountyWide() {
        return roles.stream().anyMatch(COUNTY_WIDE_ROLES::contains);
    }

    public boolean maySeeUnit(long otherUnitId) {
        return unitId == otherUnitId || isCountyWide();
    }
}
