package org.gongwen.document.process;

import java.util.List;
import org.gongwen.document.DocumentIssuing;
import org.gongwen.document.RecipientEntry;
import org.springframework.stereotype.Component;

/** The collection the multi-instance receipts iterate over, read from the document when they start. */
@Component("documentSendRecipients")
public class DocumentSendRecipients {

    private final DocumentIssuing issuing;

    DocumentSendRecipients(DocumentIssuing issuing) {
        this.issuing = issuing;
    }

    public List<String> keys(Object documentId) {
        return issuing.info(((Number) documentId).longValue()).recipients().stream()
                .map(RecipientEntry::key).toList();
    }
}
