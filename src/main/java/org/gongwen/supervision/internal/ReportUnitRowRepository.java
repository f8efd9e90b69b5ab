package org.gongwen.supervision.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;

interface ReportUnitRowRepository extends JpaRepository<ReportUnitRow, Long> {

    List<ReportUnitRow> findByReportIdOrderByIdAsc(long reportId);

    @Modifying(flushAutomatically = true)
    void deleteByReportId(long reportId);
}
