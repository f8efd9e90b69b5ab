package org.gongwen.document.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongwen.document.DocumentHeadline;
import org.gongwen.document.DocumentStatus;
import org.gongwen.document.RecipientEntry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    List<Document> findByUnitIdOrderByUpdatedAtDesc(long unitId);

    /** The headline as values: no document (with its recipients and attachments) joins the persistence context. */
    @Query("select new org.gongwen.document.DocumentHeadline(d.id, d.unitId, d.kind, d.title, d.docNumber, d.urgency,"
            + " d.status, d.sentAt) from Document d where d.id = ?1")
    Optional<DocumentHeadline> findHeadline(long id);

    @Query("select d.id from Document d where d.status = :status and d.sentAt >= :from and d.sentAt < :to"
            + " order by d.sentAt, d.id")
    List<Long> findIdsByStatusSentBetween(DocumentStatus status, Instant from, Instant to);

    @Query("select d.id from Document d where d.layoutSha256 is not null order by d.id")
    List<Long> findIdsOfSigned();

    /**
     * The recipients in the sender's order as plain values: reading them leaves no entities in the
     * persistence context, which a fan-out job would otherwise check at every flush.
     */
    @Query("select new org.gongwen.document.RecipientEntry(r.unitId, r.kind, r.printQuota)"
            + " from Document d join d.recipients r where d.id = ?1 order by r.position")
    List<RecipientEntry> findRecipientEntries(long id);

    /** The copies the sender's plan gives all recipients together. */
    @Query("select coalesce(sum(r.printQuota), 0) from Document d join d.recipients r where d.id = ?1")
    long findCopiesPlanned(long id);
}
