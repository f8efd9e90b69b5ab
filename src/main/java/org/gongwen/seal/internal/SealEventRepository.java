package org.gongwen.seal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SealEventRepository extends JpaRepository<SealEvent, Long> {

    List<SealEvent> findBySealIdOrderByOccurredAtAscIdAsc(long sealId);
}
