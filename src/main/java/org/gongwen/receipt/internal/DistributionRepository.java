package org.gongwen.receipt.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gongwen.receipt.DistributionFacts;
import org.gongwen.receipt.DistributionState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DistributionRepository
        extends JpaRepository<Distribution, Long>, JpaSpecificationExecutor<Distribution> {

    // JPQL rather than a derived query: Hibernate keeps the plan of a query string, and builds a derived
    // (criteria) query's SQL again at every call; a large send asks this once per recipient
    @Query("select d from Distribution d where d.documentId = :documentId and d.unitId = :unitId"
            + " and d.version = :version")
    Optional<Distribution> findByDocumentIdAndUnitIdAndVersion(
            @Param("documentId") long documentId, @Param("unitId") long unitId, @Param("version") int version);

    @Query("select d.unitId from Distribution d where d.documentId = :documentId and d.version = :version"
            + " and d.unitId in :unitIds")
    List<Long> findUnitIdsDelivered(
            @Param("documentId") long documentId,
            @Param("version") int version,
            @Param("unitIds") Collection<Long> unitIds);

    Optional<Distribution> findFirstByDocumentIdAndUnitIdOrderByVersionDesc(long documentId, long unitId);

    List<Distribution> findByDocumentIdOrderByIdAsc(long documentId);

    List<Distribution> findByDocumentIdIn(Collection<Long> documentIds);

    /** Distributions delivered in {@code [from, to)}, superseded versions left out: what supervision counts. */
    @Query("select d from Distribution d where d.deliveredAt >= :from and d.deliveredAt < :to "
            + "and d.state <> org.gongwen.receipt.DistributionState.SUPERSEDED")
    List<Distribution> delivered(@Param("from") Instant from, @Param("to") Instant to);

    /** The same for one unit: the documents behind a figure. */
    @Query("select d from Distribution d where d.unitId = :unitId and d.deliveredAt >= :from and d.deliveredAt < :to "
            + "and d.state <> org.gongwen.receipt.DistributionState.SUPERSEDED order by d.deliveredAt desc, d.id desc")
    List<Distribution> deliveredTo(@Param("unitId") long unitId, @Param("from") Instant from, @Param("to") Instant to);

    /** Per document and state, the number of current copies (superseded versions left out): the sender's progress. */
    @Query("select d.documentId, d.state, count(d) from Distribution d where d.documentId in :documentIds "
            + "and d.state <> org.gongwen.receipt.DistributionState.SUPERSEDED group by d.documentId, d.state")
    List<Object[]> countByDocumentAndState(@Param("documentIds") Collection<Long> documentIds);

    /** The row's write lock serialises prints of one distribution (A11.2). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Distribution d where d.id = :id")
    Optional<Distribution> lockById(@Param("id") long id);

    /** Every distribution of a document under its write lock: what grants of copy numbers wait on (A11.2). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Distribution d where d.documentId = :documentId order by d.id")
    List<Distribution> lockByDocumentId(@Param("documentId") long documentId);

    /** Sets the receipt time once (A14.2): a later print, download or read finds it set and changes nothing. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update Distribution d set d.receivedAt = :at, d.receivedVia = :via where d.id = :id and d.receivedAt is null")
    int markReceived(@Param("id") long id, @Param("at") Instant at, @Param("via") ReceiptChannel via);

    /** Supervision's view of the distributions delivered in {@code [from, to)} (A16). */
    @Query("""
            select new org.gongwen.receipt.DistributionFacts(d.id, d.documentId, d.unitId, d.version, d.title,
                d.docNumber, d.senderUnitId, d.state, d.deliveredAt, d.receivedAt, d.signedAt, d.signedBy,
                d.overdue, d.overdueAt, d.returnedAt)
            from Distribution d
            where d.deliveredAt >= :from and d.deliveredAt < :to and d.state <> :left
            order by d.unitId, d.deliveredAt, d.id""")
    List<DistributionFacts> factsDeliveredBetween(
            @Param("from") Instant from, @Param("to") Instant to, @Param("left") DistributionState left);
}
