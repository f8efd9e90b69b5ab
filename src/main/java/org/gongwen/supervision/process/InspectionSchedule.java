package org.gongwen.supervision.process;

import org.gongwen.supervision.internal.SupervisionProperties;
import org.springframework.stereotype.Component;

/**
 * The timer cycle of {@code receipt-inspection}'s start event, read as {@code ${inspectionSchedule.cycle}}
 * when the model is deployed and, with {@code reevaluate-time-cycle-when-due}, each time the timer fires.
 */
@Component("inspectionSchedule")
public class InspectionSchedule {

    private final String cycle;

    public InspectionSchedule(SupervisionProperties properties) {
        this.cycle = properties.inspectionCycle();
    }

    public String getCycle() {
        return cycle;
    }
}
