package org.gongwen.receipt.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeletionRequestRepository extends JpaRepository<DeletionRequest, Long> {

    List<DeletionRequest> findByDistributionIdOrderByIdAsc(long distributionId);

    boolean existsByDistributionIdAndState(long distributionId, RequestState state);
}
