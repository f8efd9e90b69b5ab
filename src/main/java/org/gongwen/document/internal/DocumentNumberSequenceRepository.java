package org.gongwen.document.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DocumentNumberSequenceRepository
        extends JpaRepository<DocumentNumberSequence, DocumentNumberSequence.Key> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from DocumentNumberSequence s where s.key = :key")
    Optional<DocumentNumberSequence> lock(@Param("key") DocumentNumberSequence.Key key);
}
