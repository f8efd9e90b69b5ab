package org.gongwen.receipt.verification;

import java.util.List;

/** The four checks of a document in the order of {@link ReceiptCheckCode}. */
public record ReceiptChecks(long documentId, List<ReceiptCheck> checks) {

    public ReceiptChecks {
        checks = List.copyOf(checks);
    }

    public boolean allPassed() {
        return checks.stream().allMatch(ReceiptCheck::passed);
    }

    public ReceiptCheck check(ReceiptCheckCode code) {
        return checks.stream().filter(c -> c.code() == code).findFirst().orElseThrow();
    }
}
