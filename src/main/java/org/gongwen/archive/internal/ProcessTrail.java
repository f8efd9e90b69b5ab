package org.gongwen.archive.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.gongwen.document.DocumentProcessKeys;
import org.gongwen.receipt.ReceiptKeys;
import org.springframework.stereotype.Component;

/**
 * {@code process-trail.xml}: the engine's history of a document's processes: approval, send, the
 * send's batches and every recipient's receipt, with their activities and tasks.
 */
@Component
public class ProcessTrail {

    private final HistoryService history;

    public ProcessTrail(HistoryService history) {
        this.history = history;
    }

    /** The approval, the send, its batches and the receipts, found by the business keys their modules give. */
    public List<HistoricProcessInstance> processesOf(long documentId) {
        List<HistoricProcessInstance> all = new ArrayList<>();
        all.addAll(byKey(DocumentProcessKeys.approval(documentId)));
        all.addAll(byKey(DocumentProcessKeys.send(documentId)));
        all.addAll(history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike(DocumentProcessKeys.sendBatchPrefix(documentId) + "%")
                .list());
        all.addAll(history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike(ReceiptKeys.businessKeyPrefix(documentId) + "%")
                .list());
        all.sort(Comparator.comparing(HistoricProcessInstance::getStartTime)
                .thenComparing(HistoricProcessInstance::getId));
        return all;
    }

    public byte[] of(long documentId) {
        Xml xml = new Xml("processTrail").attribute("documentId", documentId);
        for (HistoricProcessInstance process : processesOf(documentId)) {
            xml.open("process")
                    .attribute("id", process.getId())
                    .attribute("key", process.getProcessDefinitionKey())
                    .attribute("version", process.getProcessDefinitionVersion())
                    .attribute("businessKey", process.getBusinessKey())
                    .attribute("state", process.getState())
                    .element("startedBy", process.getStartUserId())
                    .element("start", instant(process.getStartTime()))
                    .element("end", instant(process.getEndTime()));
            xml.open("activities");
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(process.getId())
                    .orderPartiallyByOccurrence()
                    .asc()
                    .list()) {
                xml.open("activity")
                        .attribute("id", a.getActivityId())
                        .attribute("type", a.getActivityType())
                        .element("name", a.getActivityName())
                        .element("assignee", a.getAssignee())
                        .element("start", instant(a.getStartTime()))
                        .element("end", instant(a.getEndTime()))
                        .close();
            }
            xml.close().open("tasks");
            for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery()
                    .processInstanceId(process.getId())
                    .orderByHistoricActivityInstanceStartTime()
                    .asc()
                    .orderByTaskId()
                    .asc()
                    .list()) {
                xml.open("task")
                        .attribute("id", t.getId())
                        .attribute("definitionKey", t.getTaskDefinitionKey())
                        .element("name", t.getName())
                        .element("assignee", t.getAssignee())
                        .element("start", instant(t.getStartTime()))
                        .element("end", instant(t.getEndTime()))
                        .element("deleteReason", t.getDeleteReason())
                        .close();
            }
            xml.close().close();
        }
        return xml.finish();
    }

    private static java.time.Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    private List<HistoricProcessInstance> byKey(String businessKey) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .list();
    }
}
