package org.gongwen.archive.internal;

import java.util.List;
import org.gongwen.audit.AuditEntryInfo;

/** {@code audit.xml}: the audit entries about the document and its distributions, oldest first. */
public final class AuditExcerpt {

    private AuditExcerpt() {}

    public static byte[] of(long documentId, List<AuditEntryInfo> entries) {
        Xml xml = new Xml("auditExcerpt").attribute("documentId", documentId);
        for (AuditEntryInfo e : entries) {
            xml.open("entry")
                    .attribute("id", e.id())
                    .attribute("at", e.at())
                    .attribute("action", e.action() == null ? null : e.action().name())
                    .attribute("targetType", e.targetType())
                    .attribute("targetId", e.targetId())
                    .element("actor", e.actor())
                    .element("actorUnitId", e.actorUnitId())
                    .element("detail", e.detail())
                    .element("clientAddress", e.clientAddress())
                    .element("hash", e.hash())
                    .close();
        }
        return xml.finish();
    }
}
