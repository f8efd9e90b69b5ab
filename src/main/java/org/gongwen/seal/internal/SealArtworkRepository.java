package org.gongwen.seal.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SealArtworkRepository extends JpaRepository<SealArtwork, Long> {}
