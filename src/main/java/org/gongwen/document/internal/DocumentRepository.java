package org.gongwen.document.internal;

import java.time.Instant;
import java.util.List;
import org.gongwen.document.DocumentStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    List<Document> findByUnitIdOrderByUpdatedAtDesc(long unitId);

    @Query("select d.id from Document d where d.status = :status and d.sentAt >= :from and d.sentAt < :to"
            + " order by d.sentAt, d.id")
    List<Long> findIdsByStatusSentBetween(DocumentStatus status, Instant from, Instant to);

    @Query("select d.id from Document d where d.layoutSha256 is not null order by d.id")
    List<Long> findIdsOfSigned();
}
