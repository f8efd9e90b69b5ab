package org.gongwen.operations.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.operations.internal.IncidentInfo;
import org.gongwen.operations.internal.IncidentRecords;
import org.springframework.stereotype.Component;

/**
 * The information centre marked the fault restored: paper transmission and the banner end, and
 * the county office is told (A31). A fault restored before the deadline tells only the report.
 */
@Component("recordRestoredDelegate")
class RecordRestoredDelegate implements JavaDelegate {

    private final IncidentRecords records;
    private final CountyOfficeNotice notice;

    RecordRestoredDelegate(IncidentRecords records, CountyOfficeNotice notice) {
        this.records = records;
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SystemFaultProcess fault = SystemFaultProcess.of(execution);
        IncidentInfo incident = records.restore(fault.incidentId(), fault.handledBy(), fault.notes());
        if (incident.paperFrom() != null) {
            notice.restored(incident);
        }
    }
}
