package org.gongwen.receipt.process;

import java.util.List;
import org.gongwen.document.RecipientEntry;
import org.gongwen.receipt.internal.ReceiptDelivery;
import org.springframework.stereotype.Component;

/**
 * The process bean {@code receiptBatch}: {@code document-send-batch} calls it as a batch starts, so
 * that the deliveries of the batch's receipts, which follow in the same transaction, find their units
 * and clerks read in two queries instead of two per recipient.
 */
@Component("receiptBatch")
public class ReceiptBatch {

    private final ReceiptDelivery delivery;

    ReceiptBatch(ReceiptDelivery delivery) {
        this.delivery = delivery;
    }

    /** {@code recipientKeys}: the batch's {@link RecipientEntry#key()}s; the batch delivers version 1. */
    public void prepare(Object documentId, List<String> recipientKeys) {
        delivery.prepare(
                ((Number) documentId).longValue(),
                recipientKeys.stream().map(RecipientEntry::ofKey).toList());
    }
}
