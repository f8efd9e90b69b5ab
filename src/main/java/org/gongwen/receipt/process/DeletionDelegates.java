package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gongwen.receipt.internal.DeletionDecisions;
import org.gongwen.shared.BusinessException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans {@code receipt-deletion} names; the work is in {@link DeletionDecisions}. */
@Configuration(proxyBeanMethods = false)
class DeletionDelegates {

    @Bean
    JavaDelegate deleteReceivedDocumentDelegate(DeletionDecisions decisions) {
        return execution -> {
            ReceiptDeletionProcess deletion = ReceiptDeletionProcess.of(execution);
            decisions.delete(deletion.requestId(), deletion.decidedBy(), deletion.comment());
        };
    }

    @Bean
    JavaDelegate refuseDeletionDelegate(DeletionDecisions decisions) {
        return execution -> {
            ReceiptDeletionProcess deletion = ReceiptDeletionProcess.of(execution);
            decisions.refuse(deletion.requestId(), deletion.decidedBy(), deletion.comment());
        };
    }

    /** Who decided; a refusal must say why. */
    @Bean
    TaskListener deletionDecidedListener() {
        return (DelegateTask task) -> {
            ReceiptDeletionProcess deletion = ReceiptDeletionProcess.of(task.getExecution());
            if (!deletion.approved() && deletion.comment().isEmpty()) {
                throw BusinessException.invalid("deletion.error.refusalReason");
            }
            deletion.setDecidedBy(task.getAssignee());
        };
    }
}
