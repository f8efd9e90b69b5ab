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
import org.gongwen.document.RecipientKind;
import org.gongwen.receipt.DistributionState;
import org.gongwen.shared.BusinessException;

/** One document delivered to one recipient unit (分发), with its print quota (A11.1). */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecipientKind kind;

    @Column(name = "print_quota", nullable = false)
    private int printQuota;

    @Column(name = "prints_used", nullable = false)
    private int printsUsed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DistributionState state;

    @Column(name = "delivered_at", nullable = false)
    private Instant deliveredAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected Distribution() {
    }

    public Distribution(long documentId, long unitId, RecipientKind kind, int printQuota, String processInstanceId,
            Instant deliveredAt) {
        this.documentId = documentId;
        this.unitId = unitId;
        this.kind = kind;
        this.printQuota = printQuota;
        this.processInstanceId = processInstanceId;
        this.deliveredAt = deliveredAt;
        this.state = DistributionState.DELIVERED;
    }

    /** A clerk of the recipient unit signed for the document; signing twice is refused. */
    public void signFor(String username, Instant at) {
        if (state != DistributionState.DELIVERED) {
            throw BusinessException.conflict("receipt.error.notDelivered", state.name());
        }
        this.state = DistributionState.SIGNED;
        this.signedBy = username;
        this.signedAt = at;
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

    public RecipientKind getKind() {
        return kind;
    }

    public int getPrintQuota() {
        return printQuota;
    }

    public int getPrintsUsed() {
        return printsUsed;
    }

    public DistributionState getState() {
        return state;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
