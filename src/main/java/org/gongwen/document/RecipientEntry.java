package org.gongwen.document;

/** A recipient unit of a document with its print quota (A11.1). */
public record RecipientEntry(long unitId, RecipientKind kind, int printQuota) {
}
