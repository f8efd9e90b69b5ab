package org.gongwen.receipt;

import java.util.List;
import org.gongwen.document.DistributionLookup;
import org.gongwen.document.DistributionSummary;
import org.gongwen.document.DocumentHeadline;
import org.gongwen.document.DocumentIssuing;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.receipt.internal.Distribution;
import org.gongwen.receipt.internal.DistributionRepository;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Distributions as people see them: the sender's view per document (for the document module's
 * sent list) and the recipient unit's inbox (收文), limited to the caller's own unit unless the
 * caller supervises the whole county.
 */
@Service
@Transactional(readOnly = true)
public class DistributionService implements DistributionLookup {

    private final DistributionRepository distributions;
    private final DocumentIssuing documents;
    private final OrganizationService organization;
    private final AuthenticatedUser authenticatedUser;

    public DistributionService(DistributionRepository distributions, DocumentIssuing documents,
            OrganizationService organization, AuthenticatedUser authenticatedUser) {
        this.distributions = distributions;
        this.documents = documents;
        this.organization = organization;
        this.authenticatedUser = authenticatedUser;
    }

    /**
     * How every recipient's copy of a document stands. No caller check: the document module,
     * which decides who may see a document it sent, asks on the caller's behalf.
     */
    @Override
    public List<DistributionSummary> of(long documentId) {
        return distributions.findByDocumentIdOrderByIdAsc(documentId).stream().map(this::summary).toList();
    }

    /** Documents sent to the caller's unit, newest first. */
    public List<InboxEntry> inbox() {
        return entries(authenticatedUser.require().unitId());
    }

    /** Documents sent to a unit, for its own people and county-wide roles only. */
    public List<InboxEntry> inboxOf(long unitId) {
        CurrentUser caller = authenticatedUser.require();
        if (!caller.maySeeUnit(unitId)) {
            throw BusinessException.forbidden("error.otherUnit");
        }
        return entries(unitId);
    }

    private List<InboxEntry> entries(long unitId) {
        return distributions.findByUnitIdOrderByDeliveredAtDescIdDesc(unitId).stream().map(this::entry).toList();
    }

    private InboxEntry entry(Distribution d) {
        DocumentHeadline document = documents.headline(d.getDocumentId());
        return new InboxEntry(d.getId(), d.getDocumentId(), document.title(), document.docNumber(), d.getKind(),
                d.getPrintQuota(), d.getState(), d.getDeliveredAt(), d.getSignedAt());
    }

    private DistributionSummary summary(Distribution d) {
        String unitName = organization.unit(d.getUnitId()).map(UnitInfo::fullName).orElse(String.valueOf(d.getUnitId()));
        return new DistributionSummary(d.getUnitId(), unitName, d.getKind(), d.getPrintQuota(), d.getState().name(),
                d.getDeliveredAt(), d.getSignedAt(), d.getPrintsUsed());
    }
}
