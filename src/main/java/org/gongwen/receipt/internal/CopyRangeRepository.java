package org.gongwen.receipt.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CopyRangeRepository extends JpaRepository<CopyRange, Long> {

    List<CopyRange> findByDistributionIdOrderByFirstCopyAsc(long distributionId);

    List<CopyRange> findByDistributionIdInOrderByFirstCopyAsc(Collection<Long> distributionIds);

    /** The highest copy number any range of the document holds; null without ranges. */
    @Query("select max(r.firstCopy + r.copies - 1) from CopyRange r where r.documentId = :documentId")
    Integer highestOf(@Param("documentId") long documentId);
}
