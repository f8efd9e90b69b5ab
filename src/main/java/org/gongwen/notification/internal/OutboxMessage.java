package org.gongwen.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gongwen.notification.Channel;

/** One e-mail or SMS waiting for, or done with, delivery. */
@Entity
@Table(name = "notification_outbox")
public class OutboxMessage {

    static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(nullable = false)
    private String address;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {}

    public OutboxMessage(Channel channel, long personId, String address, String subject, String body, Instant now) {
        this.channel = channel;
        this.personId = personId;
        this.address = address;
        this.subject = subject;
        this.body = body;
        this.state = OutboxState.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        state = OutboxState.SENT;
        sentAt = now;
        lastError = null;
    }

    void failed(String error, boolean giveUp) {
        lastError = error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
        if (giveUp) {
            state = OutboxState.FAILED;
        }
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public long getPersonId() {
        return personId;
    }

    public String getAddress() {
        return address;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OutboxState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
