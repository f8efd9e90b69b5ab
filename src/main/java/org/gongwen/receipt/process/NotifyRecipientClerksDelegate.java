package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.receipt.internal.ReceiptDelivery;
import org.springframework.stereotype.Component;

/** Tells the recipient unit's clerks that a document arrived (A9.1). */
@Component("notifyRecipientClerksDelegate")
class NotifyRecipientClerksDelegate implements JavaDelegate {

    private final ReceiptDelivery delivery;

    NotifyRecipientClerksDelegate(ReceiptDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        delivery.notifyClerks(DocumentReceiptProcess.of(execution).distributionId());
    }
}
