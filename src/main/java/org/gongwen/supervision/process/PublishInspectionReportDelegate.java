package org.gongwen.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.supervision.internal.InspectionReports;
import org.springframework.stereotype.Component;

/** The county office chose to publish the report: it reaches every unit (A5, A16). */
@Component("publishInspectionReportDelegate")
class PublishInspectionReportDelegate implements JavaDelegate {

    private final InspectionReports reports;

    PublishInspectionReportDelegate(InspectionReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReceiptInspectionProcess inspection = ReceiptInspectionProcess.of(execution);
        reports.publish(inspection.reportId(), inspection.review().decidedBy());
    }
}
