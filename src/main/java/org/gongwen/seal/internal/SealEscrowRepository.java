package org.gongwen.seal.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SealEscrowRepository extends JpaRepository<SealEscrow, Long> {}
