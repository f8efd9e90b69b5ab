package org.gongwen.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A document as other modules, views and the API see it. */
public record DocumentInfo(
        long id,
        long unitId,
        String drafter,
        DocumentKind kind,
        String title,
        Urgency urgency,
        Secrecy secrecy,
        boolean countyLevel,
        String docNumber,
        DocumentStatus status,
        List<RecipientEntry> recipients,
        List<BodyBlock> body,
        List<AttachmentInfo> attachments,
        String signingOrgan,
        LocalDate date,
        String note,
        String printingOrgan,
        LocalDate printingDate,
        boolean hasDocx,
        boolean hasBodyPdf,
        boolean hasLayout,
        Instant updatedAt,
        Instant sentAt) {}
