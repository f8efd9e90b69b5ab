package org.gongwen.organization;

/**
 * Roles a person holds in their unit. A role doubles as two Camunda groups: the county-wide
 * group {@code ROLE} and the unit group {@code ROLE@unitCode}, so BPMN candidate groups can name
 * "the leaders of this unit" or "the county office".
 */
public enum Role {
    CLERK,
    LEADER,
    SEAL_CUSTODIAN,
    TECHNICIAN,
    COUNTY_OFFICE,
    INFO_CENTER,
    SUPERVISOR,
    ADMIN,
    WITNESS;

    /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Names {
        public static final String CLERK = "CLERK";
        public static final String LEADER = "LEADER";
        public static final String SEAL_CUSTODIAN = "SEAL_CUSTODIAN";
        public static final String TECHNICIAN = "TECHNICIAN";
        public static final String COUNTY_OFFICE = "COUNTY_OFFICE";
        public static final String INFO_CENTER = "INFO_CENTER";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String ADMIN = "ADMIN";
        public static final String WITNESS = "WITNESS";

        private Names() {}
    }

    public String group() {
        return name();
    }

    public String groupIn(String unitCode) {
        return name() + "@" + unitCode;
    }
}
