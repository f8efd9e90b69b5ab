package org.gongwen.document;

/** A recipient unit of a document with its print quota (A11.1). */
public record RecipientEntry(long unitId, RecipientKind kind, int printQuota) {

    /** The compact form a process variable carries: {@code unitId:kind:printQuota}. */
    public String key() {
        return unitId + ":" + kind.name() + ":" + printQuota;
    }

    public static RecipientEntry ofKey(String key) {
        String[] parts = key.split(":");
        return new RecipientEntry(
                Long.parseLong(parts[0]), RecipientKind.valueOf(parts[1]), Integer.parseInt(parts[2]));
    }
}
