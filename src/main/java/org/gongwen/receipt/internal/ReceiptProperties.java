package org.gongwen.receipt.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Receiving settings ({@code gongwen.receipt}): after how much working time an unsigned document
 * reminds the unit's clerks, and after how much it is overdue and goes to the unit's leader.
 */
@ConfigurationProperties(prefix = "gongwen.receipt")
public record ReceiptProperties(Duration remindAfter, Duration overdueAfter) {

    public ReceiptProperties {
        remindAfter = remindAfter == null ? Duration.ofHours(4) : remindAfter;
        overdueAfter = overdueAfter == null ? Duration.ofHours(16) : overdueAfter;
        if (remindAfter.isNegative() || remindAfter.isZero() || overdueAfter.compareTo(remindAfter) <= 0) {
            throw new IllegalArgumentException("gongwen.receipt: 0 < remind-after < overdue-after");
        }
    }
}
