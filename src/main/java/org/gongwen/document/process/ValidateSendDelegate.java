package org.gongwen.document.process;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.SendAwaitingConfirmation;
import org.gongwen.document.internal.DocumentCompleteness;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.Translations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Validates before anything goes out (A13, A34): recipients active, a main recipient (a recipient
 * cannot be listed twice: the recipients' unique key forbids it), a signed layout, not classified; and writes the summary the sender confirms.
 * A valid send is announced ({@link SendAwaitingConfirmation}).
 */
@Component("validateSendDelegate")
class ValidateSendDelegate implements JavaDelegate {

    private static final int LISTED = 30;

    private final IssuedDocuments documents;
    private final DocumentCompleteness completeness;
    private final OrganizationService organization;
    private final Translations translations;
    private final ApplicationEventPublisher events;

    ValidateSendDelegate(
            IssuedDocuments documents,
            DocumentCompleteness completeness,
            OrganizationService organization,
            Translations translations,
            ApplicationEventPublisher events) {
        this.documents = documents;
        this.completeness = completeness;
        this.organization = organization;
        this.translations = translations;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentSendProcess send = DocumentSendProcess.of(execution);
        DocumentInfo document = documents.info(send.documentId());
        try {
            completeness.require(document);
            if (!document.hasLayout()) {
                throw BusinessException.invalid("document.error.notSigned");
            }
        } catch (BusinessException e) {
            send.setInvalidReason(translations.getTranslation(e.messageKey(), Translations.CHINESE, e.args()));
            throw new BpmnError(DocumentSendProcess.ERROR_INVALID, e.messageKey());
        }
        Map<Long, UnitInfo> units =
                organization.units().stream().collect(Collectors.toMap(UnitInfo::id, Function.identity()));
        send.setSummary(
                summary(document, RecipientKind.MAIN, units) + "\n" + summary(document, RecipientKind.COPY, units));
        events.publishEvent(new SendAwaitingConfirmation(document.id()));
    }

    private String summary(DocumentInfo document, RecipientKind kind, Map<Long, UnitInfo> units) {
        var recipients =
                document.recipients().stream().filter(r -> r.kind() == kind).toList();
        // the summary is a process variable: list the first units and count the rest
        String list = recipients.stream()
                        .limit(LISTED)
                        .map(r -> units.get(r.unitId()).fullName() + " " + r.printQuota() + " 份")
                        .collect(Collectors.joining("；"))
                + (recipients.size() > LISTED
                        ? translations.getTranslation(
                                "documentSend.summary.more", Translations.CHINESE, recipients.size() - LISTED)
                        : "");
        int copies = recipients.stream().mapToInt(r -> r.printQuota()).sum();
        return translations.getTranslation(
                "documentSend.summary." + kind.name(),
                Translations.CHINESE,
                recipients.size(),
                copies,
                list.isEmpty() ? "—" : list);
    }
}
