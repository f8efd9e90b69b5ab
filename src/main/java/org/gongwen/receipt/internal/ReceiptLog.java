package org.gongwen.receipt.internal;

import java.time.Clock;
import org.gongwen.receipt.ReceiptEventType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to a received document's history. Joins the caller's transaction: an action and its record stand or fall together. */
@Component
public class ReceiptLog {

    private final ReceiptEventRepository events;
    private final Clock clock;

    ReceiptLog(ReceiptEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long distributionId, ReceiptEventType type, String actor, String clientAddress, String detail) {
        events.save(new ReceiptEvent(distributionId, type, actor, clock.instant(), clientAddress, detail));
    }
}
