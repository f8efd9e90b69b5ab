package org.gongwen.operations.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IncidentRepository extends JpaRepository<Incident, Long> {

    List<Incident> findAllByOrderByReportedAtDescIdDesc();

    /** The incident whose paper transmission started first and has not ended. */
    Optional<Incident> findFirstByPaperFromIsNotNullAndPaperToIsNullOrderByPaperFromAsc();
}
