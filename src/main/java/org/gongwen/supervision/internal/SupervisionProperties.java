package org.gongwen.supervision.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Supervision settings ({@code gongwen.supervision}). {@code inspectionCycle} is the timer cycle
 * that starts {@code receipt-inspection}: an ISO 8601 repetition such as {@code R/P1M} or a cron
 * expression with seconds such as {@code 0 0 2 1 * ?} (02:00 on the first of every month).
 */
@ConfigurationProperties(prefix = "gongwen.supervision")
public record SupervisionProperties(String inspectionCycle) {

    public static final String MONTHLY = "0 0 2 1 * ?";

    public SupervisionProperties {
        inspectionCycle = inspectionCycle == null || inspectionCycle.isBlank() ? MONTHLY : inspectionCycle.strip();
    }
}
