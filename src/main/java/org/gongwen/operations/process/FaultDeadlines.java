package org.gongwen.operations.process;

import org.gongwen.operations.FaultProperties;
import org.springframework.stereotype.Component;

/**
 * The restore deadline in {@code system-fault}, named as {@code ${faultDeadlines.restoreWithin()}}.
 * Real time, not working time: an outage at night matters as much as one by day.
 */
@Component("faultDeadlines")
public class FaultDeadlines {

    private final FaultProperties properties;

    public FaultDeadlines(FaultProperties properties) {
        this.properties = properties;
    }

    /** An ISO-8601 duration such as {@code PT4H}. */
    public String restoreWithin() {
        return properties.restoreWithin().toString();
    }
}
