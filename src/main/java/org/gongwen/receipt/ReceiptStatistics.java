package org.gongwen.receipt;

import java.time.Instant;
import java.util.List;
import org.gongwen.receipt.internal.DistributionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only receipt figures for supervision (A5, A16). No caller check: it serves process
 * delegates acting for the county office; the supervision module guards what it shows.
 */
@Service
@Transactional(readOnly = true)
public class ReceiptStatistics {

    private final DistributionRepository distributions;

    ReceiptStatistics(DistributionRepository distributions) {
        this.distributions = distributions;
    }

    /**
     * The distributions delivered in {@code [from, to)}, in unit and delivery order; a version
     * replaced by a re-send (重发) is left out, since the new version counts in its place.
     */
    public List<DistributionFacts> deliveredBetween(Instant from, Instant to) {
        return distributions.factsDeliveredBetween(from, to, DistributionState.SUPERSEDED);
    }
}
