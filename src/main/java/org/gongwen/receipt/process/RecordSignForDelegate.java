package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.receipt.internal.ReceiptDelivery;
import org.springframework.stereotype.Component;

/** Records the sign-for (签收): state, time and the clerk. */
@Component("recordSignForDelegate")
class RecordSignForDelegate implements JavaDelegate {

    private final ReceiptDelivery delivery;

    RecordSignForDelegate(ReceiptDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentReceiptProcess receipt = DocumentReceiptProcess.of(execution);
        delivery.signFor(receipt.distributionId(), receipt.signedBy());
    }
}
