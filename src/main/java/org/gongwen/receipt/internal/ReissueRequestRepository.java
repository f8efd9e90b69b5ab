package org.gongwen.receipt.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReissueRequestRepository extends JpaRepository<ReissueRequest, Long> {

    List<ReissueRequest> findByDistributionIdOrderByIdAsc(long distributionId);

    List<ReissueRequest> findByDistributionIdInOrderByIdAsc(List<Long> distributionIds);

    boolean existsByDistributionIdAndState(long distributionId, RequestState state);
}
