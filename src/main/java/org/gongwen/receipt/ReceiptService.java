package org.gongwen.receipt;

import static org.gongwen.organization.Role.Names.CLERK;
import static org.gongwen.organization.Role.Names.LEADER;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.receipt.internal.DeletionRequest;
import org.gongwen.receipt.internal.DeletionRequestRepository;
import org.gongwen.receipt.internal.Distribution;
import org.gongwen.receipt.internal.DistributionRepository;
import org.gongwen.receipt.internal.InboxQuery;
import org.gongwen.receipt.internal.PrintLogEntry;
import org.gongwen.receipt.internal.PrintLogRepository;
import org.gongwen.receipt.internal.PrintRecord;
import org.gongwen.receipt.internal.PrintService;
import org.gongwen.receipt.internal.ReceiptChannel;
import org.gongwen.receipt.internal.ReceiptEvent;
import org.gongwen.receipt.internal.ReceiptEventInfo;
import org.gongwen.receipt.internal.ReceiptEventRepository;
import org.gongwen.receipt.internal.ReceiptEventType;
import org.gongwen.receipt.internal.ReceiptLog;
import org.gongwen.receipt.internal.ReceiptTime;
import org.gongwen.receipt.internal.ReceivedDocument;
import org.gongwen.receipt.internal.ReceivingAccess;
import org.gongwen.receipt.internal.ReissueRequest;
import org.gongwen.receipt.internal.ReissueRequestRepository;
import org.gongwen.receipt.internal.SignForService;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's received documents (收文): the inbox, the detail, the file for the viewer, the
 * unprotected download and the office-system read (the last two set the receipt time, A14.2).
 * Printing is {@link PrintService}; signing for and returning go through the sign-for task
 * ({@link SignForService}).
 */
@Service
public class ReceiptService {

    private static final String OFFICE_SYSTEM = CurrentUser.OFFICE_SYSTEM;
    private static final int MAX_PAGE_SIZE = 200;

    private final DistributionRepository distributions;
    private final PrintLogRepository printLog;
    private final ReceiptEventRepository events;
    private final ReissueRequestRepository reissues;
    private final DeletionRequestRepository deletions;
    private final ReceivingAccess access;
    private final ReceiptLog log;
    private final ReceiptTime receiptTime;
    private final IssuedDocuments documents;
    private final OrganizationService organization;
    private final AuthenticatedUser authenticatedUser;
    private final Clock clock;

    ReceiptService(
            DistributionRepository distributions,
            PrintLogRepository printLog,
            ReceiptEventRepository events,
            ReissueRequestRepository reissues,
            DeletionRequestRepository deletions,
            ReceivingAccess access,
            ReceiptLog log,
            ReceiptTime receiptTime,
            IssuedDocuments documents,
            OrganizationService organization,
            AuthenticatedUser authenticatedUser,
            Clock clock) {
        this.distributions = distributions;
        this.printLog = printLog;
        this.events = events;
        this.reissues = reissues;
        this.deletions = deletions;
        this.access = access;
        this.log = log;
        this.receiptTime = receiptTime;
        this.documents = documents;
        this.organization = organization;
        this.authenticatedUser = authenticatedUser;
        this.clock = clock;
    }

    /** The caller's unit's inbox, newest first, deleted documents left out. */
    @Transactional(readOnly = true)
    @Secured({"ROLE_" + CLERK, "ROLE_" + LEADER, "ROLE_" + OFFICE_SYSTEM})
    public Page<InboxEntry> inbox(InboxQuery query, int page, int size) {
        return page(authenticatedUser.require().unitId(), query, page, size);
    }

    /** Another unit's inbox, for the county-wide roles (and the unit's own people). */
    @Transactional(readOnly = true)
    public Page<InboxEntry> inboxOf(long unitId, InboxQuery query, int page, int size) {
        CurrentUser caller = authenticatedUser.require();
        if (!caller.maySeeUnit(unitId)) {
            throw BusinessException.forbidden("error.otherUnit");
        }
        return page(unitId, query, page, size);
    }

    /** How many documents wait to be signed for in the caller's unit: the 收文 badge. */
    @Transactional(readOnly = true)
    public long waitingCount() {
        return waitingCountOfUnit(authenticatedUser.require().unitId());
    }

    /**
     * The same for a unit named by the caller: the shell's badge, refreshed from a push thread
     * where no one is signed in, passes the unit of the person whose page it is.
     */
    @Transactional(readOnly = true)
    public long waitingCountOfUnit(long unitId) {
        return distributions.count(
                where(unitId, new InboxQuery(null, DistributionState.DELIVERED, false, false, null)));
    }

    /** The detail of a received document; opening it as its recipient marks it read. */
    @Transactional
    public ReceivedDocument open(long id) {
        CurrentUser caller = authenticatedUser.require();
        Distribution d = access.readable(id, caller);
        if (d.getUnitId() == caller.unitId() && d.markRead(clock.instant())) {
            log.record(id, ReceiptEventType.VIEWED, caller.username(), null, "detail");
        }
        return detail(d);
    }

    /** The entry alone (the office-system interface's {@code GET /inbox/{id}}). */
    @Transactional(readOnly = true)
    public InboxEntry entry(long id) {
        return entry(access.readable(id, authenticatedUser.require()));
    }

    /** The signed layout file for the in-browser viewer; every view is recorded (A4.3). Not a receipt. */
    @Transactional
    public byte[] layoutFileForViewer(long id, String clientAddress) {
        return viewerRead(id, clientAddress, false);
    }

    /**
     * The sealed OFD for the in-browser viewer (rendered to a view-only PDF by the caller, the stored file
     * untouched); recorded like the PDF's view. 409 {@code document.error.layoutNotSigned} without an OFD.
     */
    @Transactional
    public byte[] layoutOfdForViewer(long id, String clientAddress) {
        return viewerRead(id, clientAddress, true);
    }

    /** A read for the viewer by anyone who may read the copy: recorded, and read for its recipient. */
    private byte[] viewerRead(long id, String clientAddress, boolean ofd) {
        CurrentUser caller = authenticatedUser.require();
        Distribution d = access.readable(id, caller);
        byte[] file = signedFile(d, ofd);
        if (d.getUnitId() == caller.unitId()) {
            d.markRead(clock.instant());
        }
        log.record(id, ReceiptEventType.VIEWED, caller.username(), clientAddress, ofd ? "layout.ofd" : "layout");
        return file;
    }

    /** The sealed OFD as a file (脱密下载), as {@link #unprotectedDownload} for the PDF. */
    @Transactional
    @Secured({"ROLE_" + CLERK})
    public byte[] unprotectedOfdDownload(long id, String clientAddress) {
        return receivingRead(id, clientAddress, ReceiptEventType.DOWNLOADED, ReceiptChannel.DOWNLOAD, true);
    }

    /** The office system reads the sealed OFD, as {@link #interfaceRead} for the PDF: the first read is the receipt. */
    @Transactional
    @Secured({"ROLE_" + OFFICE_SYSTEM})
    public byte[] interfaceReadOfd(long id, String clientAddress) {
        return receivingRead(id, clientAddress, ReceiptEventType.INTERFACE_READ, ReceiptChannel.INTERFACE, true);
    }

    /** The signed original as a file (脱密下载): recorded, and the first one sets the receipt time. */
    @Transactional
    @Secured({"ROLE_" + CLERK})
    public byte[] unprotectedDownload(long id, String clientAddress) {
        return receivingRead(id, clientAddress, ReceiptEventType.DOWNLOADED, ReceiptChannel.DOWNLOAD, false);
    }

    /** The office system reads the file into the unit's own system: recorded, and the first read is the receipt. */
    @Transactional
    @Secured({"ROLE_" + OFFICE_SYSTEM})
    public byte[] interfaceRead(long id, String clientAddress) {
        return receivingRead(id, clientAddress, ReceiptEventType.INTERFACE_READ, ReceiptChannel.INTERFACE, false);
    }

    /** A read by the recipient unit that takes the file out of the system: recorded, and it may be the receipt. */
    private byte[] receivingRead(
            long id, String clientAddress, ReceiptEventType event, ReceiptChannel channel, boolean ofd) {
        CurrentUser caller = authenticatedUser.require();
        Distribution d = access.ownReceived(id, caller);
        d.requirePrintable();
        byte[] file = signedFile(d, ofd);
        if (!caller.isOfficeSystem()) {
            d.markRead(clock.instant());
        }
        log.record(id, event, caller.username(), clientAddress, ofd ? "layout.ofd" : null);
        receiptTime.received(d, channel, caller.username(), clientAddress);
        return file;
    }

    private byte[] signedFile(Distribution d, boolean ofd) {
        return ofd ? documents.signedOfdFile(d.getDocumentId()) : documents.signedLayoutFile(d.getDocumentId());
    }

    /** The office system confirms it has taken the document over; idempotent. */
    @Transactional
    @Secured({"ROLE_" + OFFICE_SYSTEM})
    public InboxEntry acknowledge(long id, String clientAddress) {
        CurrentUser caller = authenticatedUser.require();
        Distribution d = access.ownReceived(id, caller);
        if (d.getAcknowledgedAt() == null) {
            d.acknowledge(clock.instant());
            log.record(id, ReceiptEventType.ACKNOWLEDGED, caller.username(), clientAddress, null);
        }
        return entry(d);
    }

    /** The print log of one received document, for its recipient, its sender and supervisors. */
    @Transactional(readOnly = true)
    public List<PrintRecord> prints(long id) {
        access.readable(id, authenticatedUser.require());
        return printLogOf(id);
    }

    @Transactional(readOnly = true)
    public List<ReceiptEventInfo> history(long id) {
        access.readable(id, authenticatedUser.require());
        return historyOf(id);
    }

    /** A copy's print log, oldest first. */
    private List<PrintRecord> printLogOf(long id) {
        return printLog.findByDistributionIdOrderByPrintedAtAscIdAsc(id).stream()
                .map(PrintLogEntry::record)
                .toList();
    }

    /** A copy's history, oldest first. */
    private List<ReceiptEventInfo> historyOf(long id) {
        return events.findByDistributionIdOrderByAtAscIdAsc(id).stream()
                .map(ReceiptEvent::info)
                .toList();
    }

    ReceivedDocument detail(Distribution d) {
        long id = d.getId();
        String unitName =
                organization.unit(d.getUnitId()).map(UnitInfo::fullName).orElse("");
        return new ReceivedDocument(
                entry(d),
                unitName,
                d.getAcknowledgedAt(),
                d.getReturnedAt(),
                d.getReturnedBy(),
                d.getReturnReason(),
                d.getRemindedAt(),
                d.getOverdueAt(),
                d.getUnofficialPrints(),
                printLogOf(id),
                historyOf(id),
                reissues.findByDistributionIdOrderByIdAsc(id).stream()
                        .map(ReissueRequest::info)
                        .toList(),
                deletions.findByDistributionIdOrderByIdAsc(id).stream()
                        .map(DeletionRequest::info)
                        .toList());
    }

    static InboxEntry entry(Distribution d) {
        return new InboxEntry(
                d.getId(),
                d.getDocumentId(),
                d.getUnitId(),
                d.getVersion(),
                d.getTitle(),
                d.getDocNumber(),
                d.getUrgency(),
                d.getSenderName(),
                d.getKind(),
                d.getPrintQuota(),
                d.getPrintsUsed(),
                d.getState(),
                d.getDeliveredAt(),
                d.getReceivedAt(),
                d.getReceivedVia(),
                d.getSignedAt(),
                d.getSignedBy(),
                d.isOverdue(),
                d.getFirstReadAt() == null);
    }

    private Page<InboxEntry> page(long unitId, InboxQuery query, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > Integer.MAX_VALUE) {
            throw BusinessException.invalid("receipt.error.page", MAX_PAGE_SIZE);
        }
        Sort newestFirst = Sort.by(Sort.Order.desc("deliveredAt"), Sort.Order.desc("id"));
        return distributions
                .findAll(where(unitId, query), PageRequest.of(page, size, newestFirst))
                .map(ReceiptService::entry);
    }

    private static Specification<Distribution> where(long unitId, InboxQuery query) {
        return (root, q, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.equal(root.get("unitId"), unitId));
            all.add(cb.isNull(root.get("deletedAt")));
            if (query.state() != null) {
                all.add(cb.equal(root.get("state"), query.state()));
            }
            if (query.overdueOnly()) {
                all.add(cb.isTrue(root.get("overdue")));
            }
            if (query.unreadOnly()) {
                all.add(cb.isNull(root.get("firstReadAt")));
            }
            if (query.since() != null) {
                all.add(cb.greaterThan(root.get("deliveredAt"), query.since()));
            }
            if (query.text() != null && !query.text().isBlank()) {
                String like = "%"
                        + query.text()
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
                all.add(cb.or(
                        cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(root.get("docNumber")), like, '\\'),
                        cb.like(cb.lower(root.get("senderName")), like, '\\')));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
