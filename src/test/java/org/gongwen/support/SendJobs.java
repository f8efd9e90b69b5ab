package org.gongwen.support;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gongwen.document.process.DocumentSendProcess;

/**
 * Runs the asynchronous work of a document's send, as the job executor would: the send's jobs
 * start the batches, the batches' jobs start the receipts. The tests switch the executor off.
 */
public final class SendJobs {

    private SendJobs() {}

    /** Fails when jobs remain after ten rounds, which no send of the tests needs. */
    public static void run(ManagementService management, RuntimeService runtime, long documentId) {
        for (int round = 0; round < 10; round++) {
            List<String> instances = new ArrayList<>();
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(DocumentSendProcess.businessKey(documentId))
                    .list()
                    .forEach(i -> instances.add(i.getId()));
            runtime
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKeyLike(DocumentSendProcess.batchBusinessKeyPrefix(documentId) + "%")
                    .list()
                    .stream()
                    .map(ProcessInstance::getId)
                    .forEach(instances::add);
            List<Job> jobs = instances.stream()
                    .flatMap(id -> management.createJobQuery().processInstanceId(id).executable().list().stream())
                    .toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("the send of document " + documentId + " still has jobs after 10 rounds");
    }
}
