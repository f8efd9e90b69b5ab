package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.receipt.internal.ReceiptDelivery;
import org.springframework.stereotype.Component;

/** Returns the document to the sender with the clerk's reason (退回, A15). */
@Component("returnDocumentDelegate")
class ReturnDocumentDelegate implements JavaDelegate {

    private final ReceiptDelivery delivery;

    ReturnDocumentDelegate(ReceiptDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentReceiptProcess receipt = DocumentReceiptProcess.of(execution);
        delivery.returnDocument(receipt.distributionId(), receipt.signedBy(), receipt.returnReason());
    }
}
