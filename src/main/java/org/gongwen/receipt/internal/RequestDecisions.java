package org.gongwen.receipt.internal;

import java.time.Clock;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Component;

/**
 * The half of a deletion or reissue decision both share: the request is decided once, and the
 * decision goes on the received copy's record. What the decision then does stays with
 * {@link DeletionDecisions} and {@link ReissueDecisions}.
 */
@Component
class RequestDecisions {

    private final DistributionRepository distributions;
    private final ReceiptLog log;
    private final Clock clock;

    RequestDecisions(DistributionRepository distributions, ReceiptLog log, Clock clock) {
        this.distributions = distributions;
        this.log = log;
        this.clock = clock;
    }

    /** Decides the request and records the event (actor: who decided); returns the copy it is about. */
    Distribution decide(
            DecidedRequest request,
            boolean approved,
            String decidedBy,
            String reason,
            ReceiptEventType event,
            String detail) {
        request.decide(approved, decidedBy, reason, clock.instant());
        Distribution d = distribution(request.getDistributionId());
        log.record(d.getId(), event, decidedBy, null, detail);
        return d;
    }

    Distribution distribution(long id) {
        return distributions.findById(id).orElseThrow(() -> BusinessException.notFound("receipt.error.notFound", id));
    }
}
