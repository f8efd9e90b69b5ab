package org.gongwen.seal.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SystemKeyRepository extends JpaRepository<SystemKey, String> {}
