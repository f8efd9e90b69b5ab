package org.gongwen.supervision.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionReportRepository extends JpaRepository<InspectionReport, Long> {

    List<InspectionReport> findAllByOrderByCreatedAtDescIdDesc();

    List<InspectionReport> findByStateOrderByPublishedAtDescIdDesc(ReportState state);

    long countByDocNumberStartingWith(String prefix);
}
