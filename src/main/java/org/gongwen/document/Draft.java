package org.gongwen.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What the drafter fills in (拟稿). Recipients may be given one by one or as groups of unit
 * kinds ("all towns"), which are expanded with the default print quota.
 */
public record Draft(
        DocumentKind kind,
        String title,
        Urgency urgency,
        Secrecy secrecy,
        boolean countyLevel,
        List<RecipientEntry> recipients,
        List<BodyBlock> body,
        String signingOrgan,
        LocalDate date,
        String note,
        String printingOrgan,
        LocalDate printingDate) {

    public Draft {
        urgency = urgency == null ? Urgency.NONE : urgency;
        secrecy = secrecy == null ? Secrecy.NON_CLASSIFIED : secrecy;
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        body = body == null ? List.of() : List.copyOf(body);
    }
}
