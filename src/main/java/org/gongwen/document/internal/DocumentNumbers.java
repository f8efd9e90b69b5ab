package org.gongwen.document.internal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out 发文字号 sequences, unique per unit and year under concurrent issuing: the
 * sequence row is locked for update; the first number of a year inserts the row, and a
 * concurrent first insert loses on the primary key and retries against the row that won.
 */
@Component
public class DocumentNumbers {

    private final DocumentNumberSequenceRepository sequences;
    private final TransactionTemplate newTransaction;

    DocumentNumbers(DocumentNumberSequenceRepository sequences, PlatformTransactionManager transactions) {
        this.sequences = sequences;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public int next(long unitId, int year) {
        DocumentNumberSequence.Key key = new DocumentNumberSequence.Key(unitId, year);
        for (int attempt = 0; ; attempt++) {
            try {
                Integer taken = newTransaction.execute(status -> {
                    DocumentNumberSequence sequence = sequences.lock(key).orElseGet(() -> {
                        sequences.insertFirst(unitId, year);
                        return sequences.lock(key).orElseThrow();
                    });
                    return sequence.take();
                });
                return taken;
            } catch (DataIntegrityViolationException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    /** 机关代字〔年份〕序号号, e.g. 清政〔2026〕12号. */
    public static String format(String prefix, int year, int sequence) {
        return prefix + "〔" + year + "〕" + sequence + "号";
    }
}
