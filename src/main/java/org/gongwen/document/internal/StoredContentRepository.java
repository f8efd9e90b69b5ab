package org.gongwen.document.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StoredContentRepository extends JpaRepository<StoredContent, String> {

    @Query("select c.createdAt from StoredContent c where c.sha256 = ?1")
    Optional<Instant> findCreatedAt(String sha256);

    @Query("select c.sizeBytes from StoredContent c where c.sha256 = ?1")
    Optional<Long> findSizeBytes(String sha256);
}
