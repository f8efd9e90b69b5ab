package org.gongwen.operations.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.operations.internal.IncidentRecords;
import org.springframework.stereotype.Component;

/** Writes each handling round of the information centre into the incident report (A31). */
@Component("recordHandlingDelegate")
class RecordHandlingDelegate implements JavaDelegate {

    private final IncidentRecords records;

    RecordHandlingDelegate(IncidentRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SystemFaultProcess fault = SystemFaultProcess.of(execution);
        records.handled(fault.incidentId(), fault.handledBy(), fault.diagnosis(), fault.actions());
    }
}
