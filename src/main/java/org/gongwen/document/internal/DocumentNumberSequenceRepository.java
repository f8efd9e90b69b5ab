package org.gongwen.document.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DocumentNumberSequenceRepository
        extends JpaRepository<DocumentNumberSequence, DocumentNumberSequence.Key> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from DocumentNumberSequence s where s.key = :key")
    Optional<DocumentNumberSequence> lock(@Param("key") DocumentNumberSequence.Key key);

    /** The year's first number; a concurrent first insert fails on the primary key. */
    @Modifying
    @Query(
            value = "insert into document_number_sequence (unit_id, doc_year, next_value) values (:unitId, :year, 1)",
            nativeQuery = true)
    void insertFirst(@Param("unitId") long unitId, @Param("year") int year);
}
