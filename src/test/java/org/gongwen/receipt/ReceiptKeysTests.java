package org.gongwen.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.junit.jupiter.api.Test;

/** The receipt's business key, as the send's model builds it and archive and supervision read it. */
class ReceiptKeysTests {

    @Test
    void aReceiptIsKeyedByDocumentAndRecipientUnit() {
        assertThat(ReceiptKeys.businessKey(57, 3))
                .isEqualTo("distribution-57-3")
                .startsWith(ReceiptKeys.businessKeyPrefix(57));
        assertThat(ReceiptKeys.businessKey(57, 3)).doesNotStartWith(ReceiptKeys.businessKeyPrefix(5));
    }

    @Test
    void theModelKeysARecipientAsItTravels() {
        String recipient = new RecipientEntry(3, RecipientKind.COPY, 12).key();
        assertThat(new ReceiptKeys().ofRecipient(57L, recipient)).isEqualTo(ReceiptKeys.businessKey(57, 3));
        assertThat(new ReceiptKeys().ofRecipient(57, recipient)).isEqualTo(ReceiptKeys.businessKey(57, 3));
    }

    @Test
    void theDocumentIsReadBackFromAReceiptsKeyOnly() {
        assertThat(ReceiptKeys.documentIdOf(ReceiptKeys.businessKey(57, 3))).hasValue(57);
        assertThat(ReceiptKeys.documentIdOf("document-57")).isEmpty();
        assertThat(ReceiptKeys.documentIdOf("distribution-x-3")).isEmpty();
        assertThat(ReceiptKeys.documentIdOf(null)).isEmpty();
    }
}
