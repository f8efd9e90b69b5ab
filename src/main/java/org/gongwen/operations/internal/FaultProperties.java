package org.gongwen.operations.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Fault handling ({@code gongwen.fault}): how long the information centre has to restore the
 * system before the county office switches to paper transmission (A31). Counted in real time.
 */
@ConfigurationProperties(prefix = "gongwen.fault")
public record FaultProperties(Duration restoreWithin) {

    public FaultProperties {
        restoreWithin = restoreWithin == null ? Duration.ofHours(4) : restoreWithin;
        if (restoreWithin.isNegative() || restoreWithin.isZero()) {
            throw new IllegalArgumentException("gongwen.fault.restore-within must be positive");
        }
    }
}
