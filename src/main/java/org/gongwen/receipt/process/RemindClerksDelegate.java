package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.receipt.internal.ReceiptDelivery;
import org.springframework.stereotype.Component;

/** First deadline passed unsigned: remind the unit's clerks (A9). */
@Component("remindClerksDelegate")
class RemindClerksDelegate implements JavaDelegate {

    private final ReceiptDelivery delivery;

    RemindClerksDelegate(ReceiptDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        delivery.remind(DocumentReceiptProcess.of(execution).distributionId());
    }
}
