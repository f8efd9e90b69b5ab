package org.gongwen.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gongwen.shared.BusinessException;
import org.gongwen.supervision.internal.InspectionReport;
import org.gongwen.supervision.internal.InspectionReports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans {@code receipt-inspection} names; the work is in {@link InspectionReports}. */
@Configuration(proxyBeanMethods = false)
class InspectionDelegates {

    /** A timer-started instance first makes its report, for the previous calendar month. */
    @Bean
    JavaDelegate buildInspectionReportDelegate(InspectionReports reports) {
        return execution -> {
            ReceiptInspectionProcess inspection = ReceiptInspectionProcess.of(execution);
            Long id = inspection.reportId();
            InspectionReport report =
                    id == null ? reports.createForPreviousMonth(execution.getProcessInstanceId()) : reports.report(id);
            inspection.setReport(report.getId(), report.getTitle());
            reports.build(report.getId(), inspection.note());
        };
    }

    @Bean
    JavaDelegate publishInspectionReportDelegate(InspectionReports reports) {
        return execution -> {
            ReceiptInspectionProcess inspection = ReceiptInspectionProcess.of(execution);
            reports.publish(inspection.reportId(), inspection.reviewedBy());
        };
    }

    /** Who reviewed; a revision must say what to change. */
    @Bean
    TaskListener inspectionReviewedListener() {
        return (DelegateTask task) -> {
            ReceiptInspectionProcess inspection = ReceiptInspectionProcess.of(task.getExecution());
            if (!inspection.publish() && inspection.note().isEmpty()) {
                throw BusinessException.invalid("inspection.error.noteRequired");
            }
            if (inspection.note().length() > 1000) {
                throw BusinessException.invalid("inspection.error.noteTooLong");
            }
            inspection.setReviewedBy(task.getAssignee());
        };
    }
}
