package org.gongwen.document;

import java.time.Instant;

/** What a recipient's list shows of a document, without its body or recipients. */
public record DocumentHeadline(
        long id,
        long unitId,
        DocumentKind kind,
        String title,
        String docNumber,
        Urgency urgency,
        DocumentStatus status,
        Instant sentAt) {}
