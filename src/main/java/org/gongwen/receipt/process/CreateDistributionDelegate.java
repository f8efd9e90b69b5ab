package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.receipt.internal.ReceiptDelivery;
import org.springframework.stereotype.Component;

/** Finds or creates the distribution for this recipient and version (idempotent under job retries). */
@Component("createDistributionDelegate")
class CreateDistributionDelegate implements JavaDelegate {

    private final ReceiptDelivery delivery;

    CreateDistributionDelegate(ReceiptDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentReceiptProcess receipt = DocumentReceiptProcess.of(execution);
        receipt.setDelivery(delivery.deliver(
                receipt.documentId(), receipt.recipient(), receipt.version(), execution.getProcessInstanceId()));
    }
}
