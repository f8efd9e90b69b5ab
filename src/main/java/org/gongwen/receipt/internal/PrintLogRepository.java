package org.gongwen.receipt.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PrintLogRepository extends JpaRepository<PrintLogEntry, Long> {

    List<PrintLogEntry> findByDistributionIdOrderByPrintedAtAscIdAsc(long distributionId);

    /** The highest 份号 any print of the document carried, numbered per unit before V022 included; null without. */
    @Query("select max(p.copyNumber) from PrintLogEntry p, Distribution d "
            + "where p.distributionId = d.id and d.documentId = :documentId")
    Integer highestCopyOf(@Param("documentId") long documentId);
}
