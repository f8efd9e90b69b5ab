package org.gongwen.operations.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** At the report, fixes when the fault must be restored (A31); later handling rounds keep that date. */
@Component("recordRestoreByListener")
class RecordRestoreByListener implements ExecutionListener {

    private final FaultDeadlines deadlines;

    RecordRestoreByListener(FaultDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateExecution execution) {
        SystemFaultProcess.of(execution).setRestoreBy(deadlines.restoreBy());
    }
}
