package org.gongwen.seal.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.organization.Role;
import org.gongwen.seal.process.SealApplicationProcess;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.ProcessStarter;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information centre's making console (A21): confirms the making task of an approved seal,
 * after which the engine generates the key pair, certificate, keystore and escrow copy.
 */
@Service
public class SealMakingService {

    private final TaskService tasks;
    private final ProcessStarter starter;
    private final AuthenticatedUser authenticatedUser;
    private final SealLifecycleService lifecycle;
    private final RuntimeService runtime;

    public SealMakingService(
            TaskService tasks,
            ProcessStarter starter,
            AuthenticatedUser authenticatedUser,
            SealLifecycleService lifecycle,
            RuntimeService runtime) {
        this.lifecycle = lifecycle;
        this.runtime = runtime;
        this.tasks = tasks;
        this.starter = starter;
        this.authenticatedUser = authenticatedUser;
    }

    /** Approved seals whose making task is still open, oldest first. */
    @Transactional(readOnly = true)
    @Secured("ROLE_" + Role.Names.INFO_CENTER)
    public List<SealInfo> awaiting() {
        Set<String> instances = tasks
                .createTaskQuery()
                .processDefinitionKey(SealApplicationProcess.KEY)
                .taskDefinitionKey(SealApplicationProcess.TASK_MAKE)
                .list()
                .stream()
                .map(Task::getProcessInstanceId)
                .collect(Collectors.toSet());
        if (instances.isEmpty()) {
            return List.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
                .map(instance -> SealApplicationProcess.BUSINESS_KEY
                        .idOf(instance.getBusinessKey())
                        .orElseThrow())
                .sorted()
                .map(lifecycle::info)
                .toList();
    }

    @Transactional
    @Secured("ROLE_" + Role.Names.INFO_CENTER)
    public void make(long sealId) {
        CurrentUser user = authenticatedUser.require();
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(SealApplicationProcess.businessKey(sealId))
                .taskDefinitionKey(SealApplicationProcess.TASK_MAKE)
                .singleResult();
        if (task == null) {
            throw BusinessException.conflict("sealMaking.error.noTask", sealId);
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw BusinessException.conflict("sealMaking.error.claimed", task.getAssignee());
        }
        starter.as(user.username(), () -> {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), user.username());
            }
            tasks.complete(task.getId(), Map.of("makingChecked", true));
            return null;
        });
    }
}
