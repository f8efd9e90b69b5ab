package org.gongwen.operations.process;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gongwen.operations.internal.FaultProperties;
import org.springframework.stereotype.Component;

/**
 * The restore deadline in {@code system-fault}, set by {@link RecordRestoreByListener} (earlier model versions
 * name it as {@code ${faultDeadlines.restoreBy()}}).
 * Real time, not working time: an outage at night matters as much as one by day.
 */
@Component("faultDeadlines")
public class FaultDeadlines {

    private final FaultProperties properties;

    public FaultDeadlines(FaultProperties properties) {
        this.properties = properties;
    }

    /** An ISO-8601 duration such as {@code PT4H}: the timer of earlier model versions, which may be redeployed. */
    public String restoreWithin() {
        return properties.restoreWithin().toString();
    }

    /**
     * When the fault must be restored, counted from now on the engine's clock (as its timers are): set once
     * at the report, it is the restore timer's date and the due date of every handling round.
     */
    public Date restoreBy() {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(properties.restoreWithin()));
    }
}
