package org.gongwen.security;

import java.util.Set;

/**
 * The signed-in person, or a unit's own office system calling with an API token (A14.2), which
 * holds only {@link #OFFICE_SYSTEM} and no person ({@link #NO_PERSON}). Unit-scoped data is
 * filtered with {@link #maySeeUnit(long)}.
 */
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

    /**
     * The role of a unit's office system. Not a person's role: no person can hold it, so it is
     * not in the organisation's role list. Services name it as {@code @Secured("ROLE_" + OFFICE_SYSTEM)}.
     */
    public static final String OFFICE_SYSTEM = "OFFICE_SYSTEM";

    /** The person id of a caller that is not a person (an office system). */
    public static final long NO_PERSON = 0L;

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public static CurrentUser of(DirectoryUser user) {
        return new CurrentUser(
                user.personId(),
                user.username(),
                user.fullName(),
                user.unitId(),
                user.unitCode(),
                user.unitName(),
                user.roles());
    }

    /** A unit's office system, named {@code oa@<unit code>}, with the token's name as its full name. */
    public static CurrentUser officeSystem(DirectoryUnit unit, String tokenName) {
        return new CurrentUser(
                NO_PERSON,
                "oa@" + unit.code(),
                tokenName,
                unit.id(),
                unit.code(),
                unit.fullName(),
                Set.of(OFFICE_SYSTEM));
    }

    public boolean isOfficeSystem() {
        return roles.contains(OFFICE_SYSTEM);
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
