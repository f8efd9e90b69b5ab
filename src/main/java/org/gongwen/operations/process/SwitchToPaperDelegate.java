package org.gongwen.operations.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.operations.internal.IncidentRecords;
import org.springframework.stereotype.Component;

/** Not restored in time: paper transmission starts, the banner shows, the county office is told (A31). */
@Component("switchToPaperDelegate")
class SwitchToPaperDelegate implements JavaDelegate {

    private final IncidentRecords records;
    private final CountyOfficeNotice notice;

    SwitchToPaperDelegate(IncidentRecords records, CountyOfficeNotice notice) {
        this.records = records;
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long incidentId = SystemFaultProcess.of(execution).incidentId();
        if (records.switchToPaper(incidentId)) {
            notice.paperModeStarted(records.info(incidentId));
        }
    }
}
