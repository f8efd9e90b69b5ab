package org.gongwen.document.internal;

import java.time.LocalDate;
import java.util.List;
import org.gongwen.document.BodyBlock;
import org.gongwen.document.DocumentKind;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.Secrecy;
import org.gongwen.document.Urgency;

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
