package org.gongwen.document.internal;

import org.gongwen.document.DocumentInfo;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.Secrecy;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Component;

/** Everything a document needs before it may go out (A13 validation, A34): on submitting, resubmitting and sending. */
@Component
public class DocumentCompleteness {

    private final OrganizationService organization;

    DocumentCompleteness(OrganizationService organization) {
        this.organization = organization;
    }

    public void require(DocumentInfo info) {
        if (info.secrecy() != Secrecy.NON_CLASSIFIED) {
            throw BusinessException.invalid("document.error.classified");
        }
        if (!info.hasBodyPdf() && info.body().stream().allMatch(b -> b.text().isEmpty())) {
            throw BusinessException.invalid("document.error.body");
        }
        if (info.recipients().stream().noneMatch(r -> r.kind() == RecipientKind.MAIN)) {
            throw BusinessException.invalid("document.error.noMainRecipient");
        }
        for (RecipientEntry recipient : info.recipients()) {
            UnitInfo unit = organization.unit(recipient.unitId()).orElse(null);
            if (unit == null || !unit.active()) {
                throw BusinessException.invalid(
                        "document.error.recipientInactive", unit == null ? recipient.unitId() : unit.fullName());
            }
        }
    }
}
