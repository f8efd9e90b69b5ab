package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gongwen.document.internal.DocumentSigning;
import org.springframework.stereotype.Component;

/**
 * The person completing the stamping task must be the custodian of an active seal of the
 * issuing unit; checked here so that a refusal reaches them at once, not as a failed job.
 */
@Component("checkStampListener")
class CheckStampListener implements TaskListener {

    private final DocumentSigning signing;

    CheckStampListener(DocumentSigning signing) {
        this.signing = signing;
    }

    @Override
    public void notify(DelegateTask task) {
        String custodian = task.getAssignee();
        DocumentApprovalProcess process = DocumentApprovalProcess.of(task);
        signing.checkStamp(process.documentId(), custodian);
        process.setStampedBy(custodian);
    }
}
