package org.gongwen.seal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a seal's life, kept for the seal archive (A28). */
@Entity
@Table(name = "seal_event")
public class SealEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seal_id", nullable = false)
    private Long sealId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SealAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SealStatus status;

    @Column(nullable = false)
    private String actor;

    private String note;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected SealEvent() {}

    public SealEvent(long sealId, SealAction action, SealStatus status, String actor, String note, Instant occurredAt) {
        this.sealId = sealId;
        this.action = action;
        this.status = status;
        this.actor = actor;
        this.note = note == null || note.length() <= 500 ? note : note.substring(0, 500);
        this.occurredAt = occurredAt;
    }

    public SealEventInfo toInfo() {
        return new SealEventInfo(action, status, actor, note, occurredAt);
    }
}
