package org.gongwen.receipt.internal;

import java.time.Clock;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to a received document's history. Joins the caller's transaction: an action and its record stand or fall together. */
@Component
public class ReceiptLog {

    private final ReceiptEventRepository events;
    private final Clock clock;
    private final AuditLog audit;

    ReceiptLog(ReceiptEventRepository events, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long distributionId, ReceiptEventType type, String actor, String clientAddress, String detail) {
        events.save(new ReceiptEvent(distributionId, type, actor, clock.instant(), clientAddress, detail));
        AuditAction action = auditAction(type);
        if (action != null) {
            audit.record(
                    audit.actorNamed(actor),
                    action,
                    "distribution",
                    Long.toString(distributionId),
                    detail == null ? type.name() : type.name() + ": " + detail);
        }
    }

    /** The receipt events the audit log keeps (A29); delivery, reminders and the like are process steps only. */
    static AuditAction auditAction(ReceiptEventType type) {
        return switch (type) {
            case VIEWED -> AuditAction.VIEW;
            case DOWNLOADED -> AuditAction.DOWNLOAD;
            case INTERFACE_READ, ACKNOWLEDGED -> AuditAction.INTERFACE_READ;
            case PRINTED -> AuditAction.PRINT;
            case SIGNED -> AuditAction.SIGN_FOR;
            case RETURNED -> AuditAction.RETURN;
            case DELETION_REQUESTED, DELETION_APPROVED, DELETION_REFUSED -> AuditAction.DELETION;
            case REISSUE_REQUESTED, REISSUE_APPROVED, REISSUE_REFUSED, QUOTA_RAISED -> AuditAction.REISSUE;
            case DELIVERED, RECEIVED, REMINDED, OVERDUE, SUPERSEDED -> null;
        };
    }
}
