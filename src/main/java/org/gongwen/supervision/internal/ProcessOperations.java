package org.gongwen.supervision.internal;

import static org.gongwen.organization.Role.Names.ADMIN;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditLog;
import org.gongwen.shared.BusinessException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * For administrators, beside the process dashboard: the engine's open incidents and the jobs that
 * failed and are still retrying, with their process, step and message; and a retry of a failed job
 * (its retries set to one, so the job executor runs it again) — without opening Cockpit.
 */
@Service
@Secured("ROLE_" + ADMIN)
public class ProcessOperations {

    private final ManagementService management;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final AuditLog audit;

    ProcessOperations(
            ManagementService management, RuntimeService runtime, RepositoryService repository, AuditLog audit) {
        this.management = management;
        this.runtime = runtime;
        this.repository = repository;
        this.audit = audit;
    }

    /** Open incidents and failing jobs, newest first. */
    public List<ProcessFailure> failures() {
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        List<ProcessFailure> failures = new ArrayList<>();
        Set<String> jobsWithIncident = new HashSet<>();
        for (Incident i : runtime.createIncidentQuery().list()) {
            String jobId = "failedJob".equals(i.getIncidentType()) ? i.getConfiguration() : null;
            if (jobId != null) {
                jobsWithIncident.add(jobId);
            }
            ProcessDefinition d = definition(definitions, i.getProcessDefinitionId());
            failures.add(new ProcessFailure(
                    i.getId(),
                    i.getIncidentType(),
                    jobId,
                    i.getProcessInstanceId(),
                    d == null ? null : d.getKey(),
                    name(d),
                    i.getActivityId(),
                    stepName(d, i.getActivityId()),
                    i.getIncidentMessage(),
                    i.getIncidentTimestamp().toInstant()));
        }
        for (Job j : management.createJobQuery().withException().list()) {
            if (jobsWithIncident.contains(j.getId())) {
                continue;
            }
            ProcessDefinition d = definition(definitions, j.getProcessDefinitionId());
            String activityId = j.getFailedActivityId();
            failures.add(new ProcessFailure(
                    j.getId(),
                    "retrying",
                    j.getId(),
                    j.getProcessInstanceId(),
                    d == null ? null : d.getKey(),
                    name(d),
                    activityId,
                    stepName(d, activityId),
                    j.getExceptionMessage(),
                    j.getCreateTime() == null ? null : j.getCreateTime().toInstant()));
        }
        failures.sort(Comparator.comparing(ProcessFailure::time, Comparator.nullsLast(Comparator.reverseOrder())));
        return failures;
    }

    /** Runs a failed job again: one more retry, due now. */
    public void retry(String jobId) {
        Job job = management.createJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            throw BusinessException.notFound("processes.error.jobNotFound", jobId);
        }
        management.setJobRetries(jobId, 1);
        management.setJobDuedate(jobId, null);
        audit.record(
                AuditAction.ADMIN_CHANGE,
                "job",
                jobId,
                "retry of failed job in process instance " + job.getProcessInstanceId());
    }

    private ProcessDefinition definition(Map<String, ProcessDefinition> cache, String id) {
        if (id == null) {
            return null;
        }
        return cache.computeIfAbsent(
                id,
                k -> repository
                        .createProcessDefinitionQuery()
                        .processDefinitionId(k)
                        .singleResult());
    }

    private static String name(ProcessDefinition d) {
        return d == null ? null : d.getName() == null ? d.getKey() : d.getName();
    }

    private String stepName(ProcessDefinition d, String activityId) {
        if (d == null || activityId == null) {
            return null;
        }
        if (repository.getBpmnModelInstance(d.getId()).getModelElementById(activityId) instanceof FlowElement e
                && e.getName() != null) {
            return ProcessModels.plainName(e.getName());
        }
        return activityId;
    }
}
