package org.gongwen.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.ProcessFacade.Decision;
import org.springframework.stereotype.Component;

/** Remembers who reviewed the report; a revision must say what to change. */
@Component("inspectionReviewedListener")
class InspectionReviewedListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Decision review = ReceiptInspectionProcess.of(task.getExecution()).review();
        if (review.reason().length() > 1000) {
            throw BusinessException.invalid("inspection.error.noteTooLong");
        }
        review.record(task.getAssignee(), "inspection.error.noteRequired");
    }
}
