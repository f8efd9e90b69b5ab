package org.gongwen.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.ProcessFacade;
import org.gongwen.workflow.forms.CamundaForm;
import org.gongwen.workflow.forms.FormValues;
import org.gongwen.workflow.internal.InboxSql;
import org.gongwen.workflow.internal.ProcessOption;
import org.gongwen.workflow.internal.TaskCounts;
import org.gongwen.workflow.internal.TaskFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The task inbox (待办): tasks assigned to the caller or offered to the caller's groups. Every
 * method works only on tasks the caller may see; others are reported as not found.
 */
@Service
public class TaskInboxService {

    private static final Logger log = LoggerFactory.getLogger(TaskInboxService.class);

    private final TaskService tasks;
    private final FormService forms;
    private final RepositoryService repository;
    /** How long after a task was completed a late attempt on it is told "someone has just handled it". */
    private static final java.time.Duration JUST_HANDLED = java.time.Duration.ofMinutes(10);

    private final HistoryService history;
    private final RuntimeService runtime;
    private final AuthenticatedUser authenticatedUser;
    private final OrganizationService organization;
    private final Clock clock;

    public TaskInboxService(
            TaskService tasks,
            FormService forms,
            RepositoryService repository,
            HistoryService history,
            RuntimeService runtime,
            AuthenticatedUser authenticatedUser,
            OrganizationService organization,
            Clock clock) {
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
        this.history = history;
        this.runtime = runtime;
        this.authenticatedUser = authenticatedUser;
        this.organization = organization;
        this.clock = clock;
    }

    public List<TaskSummary> list(TaskFilter filter, int offset, int limit) {
        CurrentUser user = authenticatedUser.require();
        List<Task> page = nativeQuery(
                        InboxSql.page(filter, user.username(), groupsOf(user), clock.instant(), offset, limit))
                .list();
        Set<String> instanceIds = new HashSet<>();
        page.forEach(t -> {
            if (t.getProcessInstanceId() != null) {
                instanceIds.add(t.getProcessInstanceId());
            }
        });
        Map<String, String> businessKeys = new HashMap<>();
        Map<String, String> subjects = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            runtime.createProcessInstanceQuery()
                    .processInstanceIds(instanceIds)
                    .list()
                    .forEach(p -> businessKeys.put(p.getId(), p.getBusinessKey()));
            runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(instanceIds.toArray(String[]::new))
                    .variableName(ProcessFacade.SUBJECT)
                    .list()
                    .forEach(v -> {
                        if (v.getValue() instanceof String subject) {
                            subjects.putIfAbsent(v.getProcessInstanceId(), subject);
                        }
                    });
        }
        Map<String, String> names = new HashMap<>();
        return page.stream()
                .map(t -> summary(
                        t, businessKeys.get(t.getProcessInstanceId()), subjects.get(t.getProcessInstanceId()), names))
                .toList();
    }

    public long count(TaskFilter filter) {
        CurrentUser user = authenticatedUser.require();
        return InboxSql.count(filter, user.username(), groupsOf(user), clock.instant()).stream()
                .mapToLong(part -> nativeQuery(part).count())
                .sum();
    }

    private NativeTaskQuery nativeQuery(InboxSql.Query sql) {
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql.sql());
        sql.parameters().forEach(query::parameter);
        return query;
    }

    /** "All" is "mine" plus "unclaimed" (they never overlap), so three counts make the four counters. */
    public TaskCounts counts() {
        TaskFilter all = TaskFilter.all();
        long mine = count(all.withScope(TaskFilter.Scope.MINE));
        long unclaimed = count(all.withScope(TaskFilter.Scope.UNCLAIMED));
        return new TaskCounts(mine + unclaimed, mine, unclaimed, count(all.withOverdueOnly(true)));
    }

    /** Latest versions of the deployed processes, for the inbox's process filter. */
    public List<ProcessOption> processes() {
        return repository
                .createProcessDefinitionQuery()
                .latestVersion()
                .orderByProcessDefinitionName()
                .asc()
                .list()
                .stream()
                .map(d -> new ProcessOption(d.getKey(), d.getName() == null ? d.getKey() : d.getName()))
                .toList();
    }

    public TaskDetails open(String taskId) {
        Task task = visibleTask(taskId);
        Map<String, Object> variables = new LinkedHashMap<>();
        tasks.getVariables(taskId).forEach((name, value) -> {
            if (value == null
                    || value instanceof String
                    || value instanceof Number
                    || value instanceof Boolean
                    || value instanceof Date) {
                variables.put(name, value);
            }
        });
        HistoricProcessInstance instance = task.getProcessInstanceId() == null
                ? null
                : history.createHistoricProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .singleResult();
        Object subject = task.getProcessInstanceId() == null
                ? null
                : runtime.getVariable(task.getProcessInstanceId(), ProcessFacade.SUBJECT);
        return new TaskDetails(
                summary(
                        task,
                        instance == null ? null : instance.getBusinessKey(),
                        subject instanceof String s ? s : null,
                        new HashMap<>()),
                task.getDescription(),
                form(taskId),
                variables,
                task.getProcessInstanceId(),
                instance == null ? null : instance.getStartUserId(),
                instance == null ? null : personName(instance.getStartUserId(), new HashMap<>()),
                instance == null || instance.getStartTime() == null
                        ? null
                        : instance.getStartTime().toInstant(),
                hasCandidates(taskId));
    }

    public void claim(String taskId) {
        CurrentUser user = authenticatedUser.require();
        Task task = visibleTask(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw BusinessException.conflict("task.error.claimedByOther");
        }
        tasks.claim(taskId, user.username());
    }

    public void unclaim(String taskId) {
        CurrentUser user = authenticatedUser.require();
        Task task = visibleTask(taskId);
        if (!user.username().equals(task.getAssignee())) {
            throw BusinessException.conflict("task.error.notYours");
        }
        if (!hasCandidates(taskId)) {
            // a task assigned by the process has nobody else to go back to
            throw BusinessException.conflict("task.error.notClaimable");
        }
        tasks.setAssignee(taskId, null);
    }

    /**
     * Completes a task with the submitted values. With a form, the values are validated against
     * it and converted to typed variables; without one, only simple values are accepted.
     */
    public void complete(String taskId, Map<String, Object> values) {
        CurrentUser user = authenticatedUser.require();
        Task task = visibleTask(taskId);
        CamundaForm form;
        try {
            form = form(taskId);
        } catch (NullValueException | NullPointerException e) {
            // the engine's form lookup fails one way or the other when the task is completed meanwhile
            if (tasks.createTaskQuery().taskId(taskId).count() > 0) {
                throw e;
            }
            throw vanished(taskId);
        }
        Map<String, Object> variables;
        if (form != null) {
            Map<String, FieldViolation> violations = FormValues.validate(form, values);
            if (!violations.isEmpty()) {
                throw new TaskFormInvalidException(violations);
            }
            variables = FormValues.toVariables(form, values);
        } else {
            variables = new LinkedHashMap<>();
            values.forEach((k, v) -> {
                if (v != null && !(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                    throw BusinessException.invalid("task.error.variableType", k);
                }
                variables.put(k, v);
            });
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw BusinessException.conflict("task.error.claimedByOther");
        }
        try {
            if (task.getAssignee() == null) {
                tasks.claim(taskId, user.username());
            }
            tasks.complete(taskId, variables);
        } catch (NullValueException e) {
            // completed by another request between our reading the task and completing it
            throw vanished(taskId);
        } catch (ProcessEngineException | BusinessException e) {
            // a task listener's refusal (e.g. a failed check, a revoked seal) reaches the person as its own message
            BusinessException refusal = BusinessException.foundIn(e).orElseThrow(() -> e);
            log.warn(
                    "Task {} ({}) of {} refused for {}: {}",
                    task.getName(),
                    task.getTaskDefinitionKey(),
                    task.getProcessInstanceId(),
                    user.username(),
                    refusal.messageKey());
            throw refusal;
        }
    }

    /** The task is gone after we found it: a lost race when someone has just completed it, else not found. */
    private BusinessException vanished(String taskId) {
        return justHandledByAnother(taskId)
                ? BusinessException.conflict("error.contention")
                : BusinessException.notFound("task.error.notFound", taskId);
    }

    private boolean hasCandidates(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
    }

    private CamundaForm form(String taskId) {
        if (forms.getTaskFormData(taskId).getCamundaFormRef() == null) {
            return null;
        }
        try (InputStream in = forms.getDeployedTaskForm(taskId)) {
            return CamundaForm.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Form of task " + taskId + " unreadable", e);
        }
    }

    private Task visibleTask(String taskId) {
        TaskFilter any = TaskFilter.all();
        Task task = query(any).taskId(taskId).singleResult();
        if (task == null) {
            if (justHandledByAnother(taskId)) {
                throw BusinessException.conflict("error.contention");
            }
            throw BusinessException.notFound("task.error.notFound", taskId);
        }
        return task;
    }

    /**
     * A task this person could act on that someone has completed a moment ago (a double click, two tabs, a
     * colleague of the same group): told as a lost race, not as a task that never was theirs.
     */
    private boolean justHandledByAnother(String taskId) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery()
                .taskId(taskId)
                .finished()
                .singleResult();
        if (done == null
                || done.getEndTime() == null
                || done.getEndTime().toInstant().isBefore(clock.instant().minus(JUST_HANDLED))) {
            return false;
        }
        CurrentUser user = authenticatedUser.require();
        if (user.username().equals(done.getAssignee())) {
            return true;
        }
        Set<String> groups = groupsOf(user);
        return history
                .createHistoricIdentityLinkLogQuery()
                .taskId(taskId)
                .type(IdentityLinkType.CANDIDATE)
                .list()
                .stream()
                .anyMatch(link -> user.username().equals(link.getUserId())
                        || (link.getGroupId() != null && groups.contains(link.getGroupId())));
    }

    private TaskQuery query(TaskFilter filter) {
        CurrentUser user = authenticatedUser.require();
        List<String> groups = new ArrayList<>(groupsOf(user));
        TaskQuery query = tasks.createTaskQuery().active();
        switch (filter.scope()) {
            case MINE -> query.taskAssignee(user.username());
            case UNCLAIMED -> query = offeredTo(query.or(), user, groups).endOr();
            default ->
                query = offeredTo(query.or().taskAssignee(user.username()), user, groups)
                        .endOr();
        }
        if (filter.processKey() != null && !filter.processKey().isBlank()) {
            query.processDefinitionKey(filter.processKey());
        }
        if (filter.dueAfter() != null) {
            query.dueAfter(Date.from(filter.dueAfter()));
        }
        if (filter.dueBefore() != null) {
            query.dueBefore(Date.from(filter.dueBefore()));
        }
        if (filter.overdueOnly()) {
            query.dueBefore(Date.from(clock.instant()));
        }
        return query;
    }

    /** Adds "offered to me or my groups" to an or-query; unassigned tasks only, as Camunda does. */
    private static TaskQuery offeredTo(TaskQuery or, CurrentUser user, List<String> groups) {
        or.taskCandidateUser(user.username());
        return groups.isEmpty() ? or : or.taskCandidateGroupIn(groups);
    }

    /**
     * The caller's groups come from the roles of the signed-in principal, like its authorities:
     * no database read on every inbox query, and a role change applies at the next login.
     */
    private static Set<String> groupsOf(CurrentUser user) {
        return OrganizationService.groupsOf(
                user.roles().stream().map(Role::valueOf).toList(), user.unitCode());
    }

    /** A person's name for a username, as people see it; the username if the directory does not know it. */
    private String personName(String username, Map<String, String> known) {
        if (username == null) {
            return null;
        }
        return known.computeIfAbsent(
                username,
                u -> organization.personByUsername(u).map(PersonInfo::fullName).orElse(u));
    }

    private TaskSummary summary(Task task, String businessKey, String subject, Map<String, String> names) {
        String key = null;
        String name = null;
        if (task.getProcessDefinitionId() != null) {
            ProcessDefinition definition = repository.getProcessDefinition(task.getProcessDefinitionId());
            key = definition.getKey();
            name = definition.getName() == null ? key : definition.getName();
        }
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new TaskSummary(
                task.getId(),
                task.getName(),
                key,
                name,
                businessKey,
                subject == null ? name : subject,
                task.getCreateTime().toInstant(),
                due,
                task.getAssignee(),
                personName(task.getAssignee(), names),
                task.getPriority(),
                due != null && due.isBefore(clock.instant()));
    }
}
