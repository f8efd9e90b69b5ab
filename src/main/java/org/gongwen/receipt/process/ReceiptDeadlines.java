package org.gongwen.receipt.process;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gongwen.receipt.internal.ReceiptProperties;
import org.gongwen.workflow.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The sign-for task's timers in working time (A9, A16), named in {@code document-receipt} as
 * {@code ${receiptDeadlines.remindAt()}}. Counted from the engine's clock, so tests can move it.
 */
@Component("receiptDeadlines")
public class ReceiptDeadlines {

    private final WorkingCalendar calendar;
    private final ReceiptProperties properties;

    ReceiptDeadlines(WorkingCalendar calendar, ReceiptProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    public Date remindAt() {
        return Date.from(calendar.plusWorkingTime(ClockUtil.getCurrentTime().toInstant(), properties.remindAfter()));
    }

    public Date overdueAt() {
        return Date.from(calendar.plusWorkingTime(ClockUtil.getCurrentTime().toInstant(), properties.overdueAfter()));
    }
}
