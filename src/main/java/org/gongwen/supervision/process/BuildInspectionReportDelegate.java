package org.gongwen.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.supervision.internal.InspectionReport;
import org.gongwen.supervision.internal.InspectionReports;
import org.springframework.stereotype.Component;

/**
 * Builds the report's figures (A5, A16); a timer-started instance first makes its report, for the
 * previous calendar month.
 */
@Component("buildInspectionReportDelegate")
class BuildInspectionReportDelegate implements JavaDelegate {

    private final InspectionReports reports;

    BuildInspectionReportDelegate(InspectionReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReceiptInspectionProcess inspection = ReceiptInspectionProcess.of(execution);
        Long id = inspection.reportId();
        InspectionReport report =
                id == null ? reports.createForPreviousMonth(execution.getProcessInstanceId()) : reports.report(id);
        inspection.setReport(report.getId(), report.getTitle());
        reports.build(report.getId(), inspection.review().reason());
    }
}
