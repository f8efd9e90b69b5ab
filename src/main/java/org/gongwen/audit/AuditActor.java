package org.gongwen.audit;

/** Who acted: a username (or {@link #SYSTEM}) and their unit, if any. */
public record AuditActor(String username, Long unitId) {

    public static final String SYSTEM = "system";

    public static AuditActor system() {
        return new AuditActor(SYSTEM, null);
    }
}
