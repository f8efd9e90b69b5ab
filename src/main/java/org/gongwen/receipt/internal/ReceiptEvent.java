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

/** An appended line of a received document's history (A4.3, A9.2). */
@Entity
@Table(name = "receipt_event")
public class ReceiptEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "distribution_id", nullable = false)
    private long distributionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReceiptEventType type;

    private String actor;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "client_address")
    private String clientAddress;

    private String detail;

    protected ReceiptEvent() {}

    public ReceiptEvent(
            long distributionId, ReceiptEventType type, String actor, Instant at, String clientAddress, String detail) {
        this.distributionId = distributionId;
        this.type = type;
        this.actor = actor;
        this.at = at;
        this.clientAddress = clientAddress;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public ReceiptEventInfo info() {
        return new ReceiptEventInfo(type, actor, at, clientAddress, detail);
    }
}
