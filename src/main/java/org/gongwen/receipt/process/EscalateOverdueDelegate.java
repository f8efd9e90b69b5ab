package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.receipt.internal.ReceiptDelivery;
import org.springframework.stereotype.Component;

/** Second deadline passed unsigned: mark overdue for supervision and tell the unit's leaders (A9, A16). */
@Component("escalateOverdueDelegate")
class EscalateOverdueDelegate implements JavaDelegate {

    private final ReceiptDelivery delivery;

    EscalateOverdueDelegate(ReceiptDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        delivery.escalate(DocumentReceiptProcess.of(execution).distributionId());
    }
}
