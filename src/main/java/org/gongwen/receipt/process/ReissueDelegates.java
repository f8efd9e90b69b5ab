package org.gongwen.receipt.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gongwen.document.RecipientEntry;
import org.gongwen.receipt.internal.ReissueDecisions;
import org.gongwen.shared.BusinessException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans {@code document-reissue} names: one line each, the work is in {@link ReissueDecisions}. */
@Configuration(proxyBeanMethods = false)
class ReissueDelegates {

    @Bean
    JavaDelegate notifyReissueSenderDelegate(ReissueDecisions decisions) {
        return execution ->
                decisions.notifySender(DocumentReissueProcess.of(execution).requestId());
    }

    @Bean
    JavaDelegate resendDocumentDelegate(ReissueDecisions decisions, RuntimeService runtime) {
        return execution -> {
            DocumentReissueProcess reissue = DocumentReissueProcess.of(execution);
            decisions.resend(
                    reissue.requestId(),
                    reissue.decidedBy(),
                    reissue.decisionReason(),
                    (documentId, recipient, version) -> startReceipt(runtime, documentId, recipient, version));
        };
    }

    @Bean
    JavaDelegate raisePrintQuotaDelegate(ReissueDecisions decisions) {
        return execution -> {
            DocumentReissueProcess reissue = DocumentReissueProcess.of(execution);
            decisions.raiseQuota(reissue.requestId(), reissue.decidedBy(), reissue.decisionReason());
        };
    }

    @Bean
    JavaDelegate refuseReissueDelegate(ReissueDecisions decisions) {
        return execution -> {
            DocumentReissueProcess reissue = DocumentReissueProcess.of(execution);
            decisions.refuse(reissue.requestId(), reissue.decidedBy(), reissue.decisionReason());
        };
    }

    /** Who decided, and a refusal must say why. */
    @Bean
    TaskListener reissueDecidedListener() {
        return (DelegateTask task) -> {
            DocumentReissueProcess reissue = DocumentReissueProcess.of(task.getExecution());
            if (!reissue.approved() && reissue.decisionReason().isEmpty()) {
                throw BusinessException.invalid("reissue.error.refusalReason");
            }
            reissue.setDecidedBy(task.getAssignee());
        };
    }

    private static void startReceipt(RuntimeService runtime, long documentId, RecipientEntry recipient, int version) {
        runtime.startProcessInstanceByKey(
                DocumentReceiptProcess.KEY,
                DocumentReceiptProcess.businessKey(documentId, recipient.unitId()),
                DocumentReceiptProcess.startVariables(documentId, recipient, version));
    }
}
