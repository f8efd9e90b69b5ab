package org.gongwen.document.internal;

import java.time.Clock;
import org.camunda.bpm.engine.RuntimeService;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.DocumentStatus;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.ProcessStarter;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafter hands a draft to {@code document-approval} (A4, A7). The steps the processes record are
 * {@code internal.IssuingSteps} and {@code internal.DocumentSigning}; other modules read {@link IssuedDocuments}.
 */
@Service
public class DocumentIssuing {

    private final DocumentService drafting;
    private final StoredDocuments stored;
    private final DocumentCompleteness completeness;
    private final OrganizationService organization;
    private final RuntimeService runtime;
    private final ProcessStarter starter;
    private final AuthenticatedUser authenticatedUser;
    private final Clock clock;

    public DocumentIssuing(
            DocumentService drafting,
            StoredDocuments stored,
            DocumentCompleteness completeness,
            OrganizationService organization,
            RuntimeService runtime,
            ProcessStarter starter,
            AuthenticatedUser authenticatedUser,
            Clock clock) {
        this.drafting = drafting;
        this.stored = stored;
        this.completeness = completeness;
        this.organization = organization;
        this.runtime = runtime;
        this.starter = starter;
        this.authenticatedUser = authenticatedUser;
        this.clock = clock;
    }

    /** The drafter submits for the leader's approval; the draft must be complete. */
    @Transactional
    @Secured({DocumentService.CLERK, DocumentService.LEADER})
    public DocumentInfo submit(long id) {
        CurrentUser user = authenticatedUser.require();
        Document document = drafting.ownDraft(id);
        DocumentInfo info = stored.info(document);
        completeness.require(info);
        String businessKey = DocumentApprovalProcess.businessKey(id);
        if (runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(businessKey)
                        .processDefinitionKey(DocumentApprovalProcess.KEY)
                        .count()
                > 0) {
            throw BusinessException.conflict("document.error.inApproval", info.title());
        }
        document.moveTo(DocumentStatus.IN_APPROVAL, clock.instant());
        UnitInfo unit = organization.unit(document.getUnitId()).orElseThrow();
        starter.startAs(
                user.username(),
                DocumentApprovalProcess.KEY,
                businessKey,
                DocumentApprovalProcess.startVariables(
                        id,
                        unit.code(),
                        stored.issuer(document).code(),
                        info.countyLevel(),
                        info.title(),
                        info.kind().label()));
        return stored.info(document);
    }
}
