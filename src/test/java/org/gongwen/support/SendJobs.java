package org.gongwen.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gongwen.document.process.DocumentSendProcess;

/**
 * Runs the asynchronous work of a document's send, as the job executor would: the send's jobs
 * start the batches, each batch's job its receipts. The tests switch the executor off.
 */
public final class SendJobs {

    private SendJobs() {}

    private static final int ROUNDS = 10;

    /** Fails, naming the jobs still pending, when jobs remain after ten rounds, which no send of the tests needs. */
    public static void run(ManagementService management, RuntimeService runtime, long documentId) {
        for (int round = 0; round < ROUNDS; round++) {
            List<Job> jobs = pending(management, runtime, documentId);
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        List<Job> left = pending(management, runtime, documentId);
        if (!left.isEmpty()) {
            throw new AssertionError("the send of document " + documentId + " still has " + left.size()
                    + " executable jobs after " + ROUNDS + " rounds: "
                    + left.stream().map(SendJobs::describe).collect(Collectors.joining("; ")));
        }
    }

    /** The executable jobs of the send itself, without running them: one per batch, each starting its batch's receipts. */
    public static List<Job> ofSend(ManagementService management, RuntimeService runtime, long documentId) {
        return jobsOf(management, instances(runtime, DocumentSendProcess.businessKey(documentId), false));
    }

    private static List<Job> pending(ManagementService management, RuntimeService runtime, long documentId) {
        List<String> instances =
                new ArrayList<>(instances(runtime, DocumentSendProcess.businessKey(documentId), false));
        instances.addAll(instances(runtime, DocumentSendProcess.batchBusinessKeyPrefix(documentId) + "%", true));
        return instances.stream()
                .flatMap(id -> management.createJobQuery().processInstanceId(id).executable().list().stream())
                .toList();
    }

    private static List<String> instances(RuntimeService runtime, String businessKey, boolean like) {
        var query = runtime.createProcessInstanceQuery();
        return (like
                        ? query.processInstanceBusinessKeyLike(businessKey)
                        : query.processInstanceBusinessKey(businessKey))
                .list().stream().map(ProcessInstance::getId).toList();
    }

    private static List<Job> jobsOf(ManagementService management, List<String> instances) {
        return instances.stream()
                .flatMap(id -> management.createJobQuery().processInstanceId(id).list().stream())
                .toList();
    }

    private static String describe(Job job) {
        return "job " + job.getId() + " of " + job.getProcessDefinitionKey() + " instance " + job.getProcessInstanceId()
                + " (retries " + job.getRetries()
                + (job.getExceptionMessage() == null ? "" : ", last failure: " + job.getExceptionMessage()) + ")";
    }
}
