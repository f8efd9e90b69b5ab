package org.gongwen.receipt.process;

import org.gongwen.receipt.ReceiptKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link ReceiptKeys} as the process bean {@code receiptKeys}, which {@code document-send-batch} names. */
@Configuration(proxyBeanMethods = false)
class ReceiptKeysBean {

    @Bean
    ReceiptKeys receiptKeys() {
        return new ReceiptKeys();
    }
}
