package org.gongwen.receipt.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PrintLogRepository extends JpaRepository<PrintLogEntry, Long> {

    List<PrintLogEntry> findByDistributionIdOrderByPrintedAtAscIdAsc(long distributionId);
}
