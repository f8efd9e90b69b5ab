package org.gongwen.receipt.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receipt time (A14.2): the first official print, unprotected download or office-system read.
 * Set once by a conditional update, so concurrent first reads cannot overwrite each other.
 */
@Component
public class ReceiptTime {

    private final DistributionRepository distributions;
    private final ReceiptLog log;
    private final Clock clock;

    ReceiptTime(DistributionRepository distributions, ReceiptLog log, Clock clock) {
        this.distributions = distributions;
        this.log = log;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void received(Distribution distribution, ReceiptChannel via, String actor, String clientAddress) {
        if (distribution.getReceivedAt() == null
                && distributions.markReceived(distribution.getId(), clock.instant(), via) == 1) {
            log.record(distribution.getId(), ReceiptEventType.RECEIVED, actor, clientAddress, via.name());
        }
    }
}
