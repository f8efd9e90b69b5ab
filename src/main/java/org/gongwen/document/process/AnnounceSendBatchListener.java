package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.SendBatchStarting;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** As a batch of {@code document-send-batch} starts: tells the application which recipients it holds. */
@Component("announceSendBatchListener")
class AnnounceSendBatchListener implements ExecutionListener {

    private final DocumentSendRecipients recipients;
    private final ApplicationEventPublisher events;

    AnnounceSendBatchListener(DocumentSendRecipients recipients, ApplicationEventPublisher events) {
        this.recipients = recipients;
        this.events = events;
    }

    @Override
    public void notify(DelegateExecution execution) {
        DocumentSendProcess batch = DocumentSendProcess.of(execution);
        events.publishEvent(new SendBatchStarting(
                batch.documentId(),
                recipients.keysOfBatch(batch.documentId(), batch.batch()).stream()
                        .map(RecipientEntry::ofKey)
                        .toList()));
    }
}
