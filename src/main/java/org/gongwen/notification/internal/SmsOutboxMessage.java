package org.gongwen.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A text message left for the county's SMS platform, which fetches it and sets fetchedAt. */
@Entity
@Table(name = "notification_sms_outbox")
public class SmsOutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "outbox_id", nullable = false)
    private Long outboxId;

    @Column(nullable = false)
    private String mobile;

    @Column(nullable = false)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "fetched_at")
    private Instant fetchedAt;

    protected SmsOutboxMessage() {}

    SmsOutboxMessage(long outboxId, String mobile, String message, Instant createdAt) {
        this.outboxId = outboxId;
        this.mobile = mobile;
        this.message = message;
        this.createdAt = createdAt;
    }

    public String getMobile() {
        return mobile;
    }

    public String getMessage() {
        return message;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }
}
