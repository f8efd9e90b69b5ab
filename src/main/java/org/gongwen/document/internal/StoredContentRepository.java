package org.gongwen.document.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredContentRepository extends JpaRepository<StoredContent, String> {
}
