package org.gongwen.receipt.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DistributionRepository extends JpaRepository<Distribution, Long> {

    Optional<Distribution> findByDocumentIdAndUnitId(long documentId, long unitId);

    List<Distribution> findByDocumentIdOrderByIdAsc(long documentId);

    List<Distribution> findByUnitIdOrderByDeliveredAtDescIdDesc(long unitId);
}
