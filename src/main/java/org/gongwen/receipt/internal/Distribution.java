package org.gongwen.receipt.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gongwen.document.DocumentHeadline;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.Urgency;
import org.gongwen.receipt.DistributionState;
import org.gongwen.shared.BusinessException;

/**
 * One document delivered to one recipient unit (分发), with its print quota (A11.1). The headline
 * the inbox shows is copied in at delivery: a sent document never changes.
 */
@Entity
@Table(name = "receipt_distribution")
public class Distribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecipientKind kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "doc_number")
    private String docNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgency urgency;

    @Column(name = "sender_unit_id")
    private Long senderUnitId;

    @Column(name = "sender_name", nullable = false)
    private String senderName;

    @Column(name = "print_quota", nullable = false)
    private int printQuota;

    @Column(name = "prints_used", nullable = false)
    private int printsUsed;

    @Column(name = "unofficial_prints", nullable = false)
    private int unofficialPrints;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DistributionState state;

    @Column(name = "delivered_at", nullable = false)
    private Instant deliveredAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "received_via")
    private ReceiptChannel receivedVia;

    @Column(name = "first_read_at")
    private Instant firstReadAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(nullable = false)
    private boolean overdue;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "returned_by")
    private String returnedBy;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** The leader in charge who approved the deletion. */
    @Column(name = "deleted_by")
    private String deletedBy;

    /** The clerk who asked for the deletion. */
    @Column(name = "deletion_requested_by")
    private String deletionRequestedBy;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected Distribution() {}

    public Distribution(
            DocumentHeadline document,
            String senderName,
            long unitId,
            int version,
            RecipientKind kind,
            int printQuota,
            String processInstanceId,
            Instant deliveredAt) {
        this.documentId = document.id();
        this.title = document.title();
        this.docNumber = document.docNumber();
        this.urgency = document.urgency();
        this.senderUnitId = document.unitId();
        this.senderName = senderName;
        this.unitId = unitId;
        this.version = version;
        this.kind = kind;
        this.printQuota = printQuota;
        this.processInstanceId = processInstanceId;
        this.deliveredAt = deliveredAt;
        this.state = DistributionState.DELIVERED;
    }

    /** A clerk of the recipient unit signed for the document; signing twice is refused. */
    public void signFor(String username, Instant at) {
        requireState(DistributionState.DELIVERED);
        this.state = DistributionState.SIGNED;
        this.signedBy = username;
        this.signedAt = at;
        markRead(at);
    }

    /** Returned to the sender with a reason (退回, A15); only before it was signed for. */
    public void returnToSender(String username, String reason, Instant at) {
        requireState(DistributionState.DELIVERED);
        this.state = DistributionState.RETURNED;
        this.returnedBy = username;
        this.returnReason = reason;
        this.returnedAt = at;
        markRead(at);
    }

    /** Replaced by a re-sent version (重发); the old copy stays for the record. */
    public void supersede(Instant at) {
        if (state == DistributionState.SUPERSEDED) {
            throw BusinessException.conflict("receipt.error.superseded");
        }
        this.state = DistributionState.SUPERSEDED;
        this.supersededAt = at;
    }

    /**
     * Someone of the recipient unit acted on it (opened, viewed, signed for, printed, downloaded,
     * returned it or asked about it): no longer shown in bold.
     */
    public boolean markRead(Instant at) {
        if (firstReadAt != null) {
            return false;
        }
        firstReadAt = at;
        return true;
    }

    /** An official copy reached the browser: it counts against the quota. Called under the row's write lock. */
    public void countCopy() {
        printsUsed++;
    }

    /** A copy beyond the quota, without legal force, reached the browser. */
    public void countUnofficialCopy() {
        unofficialPrints++;
    }

    public void requirePrintable() {
        if (deletedAt != null) {
            throw BusinessException.conflict("receipt.error.deleted");
        }
        if (state == DistributionState.SUPERSEDED || state == DistributionState.RETURNED) {
            throw BusinessException.conflict("receipt.error.notPrintable", state.name());
        }
    }

    public void raiseQuota(int extraCopies) {
        if (extraCopies <= 0) {
            throw BusinessException.invalid("reissue.error.copies");
        }
        printQuota += extraCopies;
    }

    public void remind(Instant at) {
        remindedAt = at;
    }

    public void markOverdue(Instant at) {
        overdue = true;
        overdueAt = at;
    }

    public void acknowledge(Instant at) {
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
        }
    }

    /**
     * Hidden after the leader approved the deletion (A9.2); the row and its history stay. The record
     * names the leader who decided and, separately, the clerk who asked.
     */
    public void delete(String decidedBy, String requestedBy, Instant at) {
        if (deletedAt != null) {
            throw BusinessException.conflict("receipt.error.deleted");
        }
        deletedAt = at;
        deletedBy = decidedBy;
        deletionRequestedBy = requestedBy;
    }

    private void requireState(DistributionState expected) {
        if (deletedAt != null) {
            throw BusinessException.conflict("receipt.error.deleted");
        }
        if (state != expected) {
            throw BusinessException.conflict("receipt.error.state", state.name());
        }
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public long getUnitId() {
        return unitId;
    }

    public int getVersion() {
        return version;
    }

    public RecipientKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Long getSenderUnitId() {
        return senderUnitId;
    }

    public String getSenderName() {
        return senderName;
    }

    public int getPrintQuota() {
        return printQuota;
    }

    public int getPrintsUsed() {
        return printsUsed;
    }

    public int getUnofficialPrints() {
        return unofficialPrints;
    }

    public DistributionState getState() {
        return state;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public ReceiptChannel getReceivedVia() {
        return receivedVia;
    }

    public Instant getFirstReadAt() {
        return firstReadAt;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getOverdueAt() {
        return overdueAt;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public String getDeletedBy() {
        return deletedBy;
    }

    public String getDeletionRequestedBy() {
        return deletionRequestedBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
