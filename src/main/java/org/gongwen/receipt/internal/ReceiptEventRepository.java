package org.gongwen.receipt.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReceiptEventRepository extends JpaRepository<ReceiptEvent, Long> {

    List<ReceiptEvent> findByDistributionIdOrderByAtAscIdAsc(long distributionId);
}
