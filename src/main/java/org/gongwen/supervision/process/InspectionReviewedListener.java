package org.gongwen.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Component;

/** Remembers who reviewed the report; a revision must say what to change. */
@Component("inspectionReviewedListener")
class InspectionReviewedListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ReceiptInspectionProcess inspection = ReceiptInspectionProcess.of(task.getExecution());
        if (!inspection.publish() && inspection.note().isEmpty()) {
            throw BusinessException.invalid("inspection.error.noteRequired");
        }
        if (inspection.note().length() > 1000) {
            throw BusinessException.invalid("inspection.error.noteTooLong");
        }
        inspection.setReviewedBy(task.getAssignee());
    }
}
