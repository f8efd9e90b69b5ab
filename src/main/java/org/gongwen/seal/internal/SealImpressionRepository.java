package org.gongwen.seal.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SealImpressionRepository extends JpaRepository<SealImpression, Long> {}
