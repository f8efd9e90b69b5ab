package org.gongwen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.gongwen.workflow.AdminModels.bpmn;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gongwen.shared.BusinessException;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.SignIn;
import org.gongwen.workflow.internal.DeployedProcess;
import org.gongwen.workflow.internal.ModelFinding;
import org.gongwen.workflow.internal.ProcessAdministration;
import org.gongwen.workflow.internal.ProcessDiff;
import org.gongwen.workflow.internal.ProcessDiff.ChangeKind;
import org.gongwen.workflow.internal.ProcessVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Process administration: each pre-deploy check catches its mistake; versions, diff and revert. */
@IntegrationTest
class ProcessAdministrationIntegrationTests {

    @Autowired
    ProcessAdministration processes;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        SignIn.as(users, username);
    }

    @Test
    void aDelegateOrExpressionOrListenerNamingNoBeanIsFound() {
        signIn("admin");
        assertThat(processes.checkBeforeDeploy(bpmn("xp2-no-bean.bpmn")))
                .extracting(ModelFinding::elementId, ModelFinding::messageKey, ModelFinding::message)
                .containsExactlyInAnyOrder(
                        tuple("Task_Record", "model.error.delegate", "委托表达式引用的组件 recordNothingDelegate 不存在"),
                        tuple("Task_Notify", "model.error.expressionBean", "表达式引用的组件 notifierThatIsMissing 不存在"),
                        tuple("Task_Notify", "model.error.delegate", "委托表达式引用的组件 listenerThatIsMissing 不存在"));
    }

    @Test
    void aFormReferenceNamingNoFormIsFound() {
        signIn("admin");
        assertThat(processes.checkBeforeDeploy(bpmn("xp2-no-form.bpmn")))
                .extracting(ModelFinding::elementId, ModelFinding::message)
                .containsExactly(tuple("Task_Fill", "表单 xp2-form-nobody-wrote 不在 forms/ 目录中"));
    }

    @Test
    void aCandidateGroupMatchingNoRoleIsFoundWhileExpressionsAndUnitSuffixesPass() {
        signIn("admin");
        assertThat(processes.checkBeforeDeploy(bpmn("xp2-no-role.bpmn")))
                .extracting(ModelFinding::elementId, ModelFinding::message)
                .containsExactly(tuple("Task_Sweep", "候选组 JANITOR@${unitCode} 不对应任何角色"));
    }

    @Test
    void brokenXmlIsReportedWithLineAndColumn() {
        signIn("admin");
        List<ModelFinding> findings = processes.checkBeforeDeploy(bpmn("xp2-broken.bpmn"));
        assertThat(findings).isNotEmpty();
        assertThat(findings.get(0).line()).isEqualTo(8);
        assertThat(findings.get(0).column()).isPositive();
        assertThat(findings.get(0).message()).startsWith("第 8 行第 ").contains("bpmn:startEvent");
        assertThat(processes.checkBeforeDeploy("这不是 XML"))
                .singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(1));
    }

    @Test
    void aMissingHistoryTimeToLiveIsFound() {
        signIn("admin");
        assertThat(processes.checkBeforeDeploy(bpmn("xp2-no-ttl.bpmn")))
                .extracting(ModelFinding::message)
                .contains("流程 xp2-no-ttl 未设置历史保留期限（historyTimeToLive）");
    }

    @Test
    void deployingIsRefusedWhenACheckFails() {
        signIn("admin");
        assertThatThrownBy(() -> processes.deploy("xp2-no-form.bpmn", bpmn("xp2-no-form.bpmn")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("processAdmin.error.checksFailed");
                    assertThat(e.args()[0].toString()).contains("xp2-form-nobody-wrote");
                });
        assertThat(processes.processes()).extracting(DeployedProcess::key).doesNotContain("xp2-no-form");
    }

    @Test
    void aNewVersionIsUsedByNewInstancesWhileARunningOneStaysOnItsVersionThenDiffAndRevert() {
        signIn("admin");
        ProcessVersion first = processes.deploy("xp2-review.bpmn", bpmn("xp2-review-v1.bpmn"));
        ProcessInstance running = runtime.startProcessInstanceByKey("xp2-review", Map.of("unitCode", "XP2"));

        ProcessVersion second = processes.deploy("xp2-review.bpmn", bpmn("xp2-review-v2.bpmn"));
        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'PROCESS_DEPLOYMENT' "
                                + "and target_id = ? and actor = 'admin'",
                        Integer.class,
                        second.deploymentId()))
                .as("each deployment is in the audit log")
                .isEqualTo(1);
        ProcessInstance started = runtime.startProcessInstanceByKey("xp2-review", Map.of("unitCode", "XP2"));
        assertThat(started.getProcessDefinitionId()).isEqualTo(second.definitionId());
        assertThat(running.getProcessDefinitionId()).isEqualTo(first.definitionId());

        // the running instance continues on version one: its review task ends the process
        tasks.complete(tasks.createTaskQuery()
                .processInstanceId(running.getId())
                .singleResult()
                .getId());
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(running.getId())
                        .count())
                .isZero();
        tasks.complete(tasks.createTaskQuery()
                .processInstanceId(started.getId())
                .singleResult()
                .getId());
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(started.getId())
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo("Task_Approve");

        DeployedProcess listed = processes.process("xp2-review");
        assertThat(listed.latestVersion()).isEqualTo(second.version());
        assertThat(listed.versions())
                .extracting(ProcessVersion::version, ProcessVersion::runningInstances)
                .contains(tuple(first.version(), 0L), tuple(second.version(), 1L));
        assertThat(listed.versions()).allSatisfy(v -> assertThat(v.deployedAt()).isNotNull());

        ProcessDiff diff = processes.diff("xp2-review", first.version(), second.version());
        assertThat(diff.changes())
                .extracting(ProcessDiff.ElementChange::kind, ProcessDiff.ElementChange::elementId)
                .containsExactlyInAnyOrder(
                        tuple(ChangeKind.CHANGED, "Task_Review"),
                        tuple(ChangeKind.CHANGED, "Flow_Review"),
                        tuple(ChangeKind.ADDED, "Task_Approve"),
                        tuple(ChangeKind.ADDED, "Flow_Approve"));
        assertThat(diff.changes())
                .filteredOn(c -> c.elementId().equals("Task_Review"))
                .singleElement()
                .satisfies(c -> assertThat(c.details()).containsExactly("name: 复核 → 初审"));
        assertThat(diff.unifiedDiff())
                .contains("+    <bpmn:userTask id=\"Task_Review\" name=\"初审\" "
                        + "camunda:candidateGroups=\"CLERK@${unitCode}\" />");

        ProcessVersion reverted = processes.revert("xp2-review", first.version());
        assertThat(reverted.version()).isEqualTo(second.version() + 1);
        assertThat(jdbc.queryForList(
                        "select detail from audit_entry where action = 'PROCESS_DEPLOYMENT' "
                                + "and target_id = ? and actor = 'admin'",
                        String.class,
                        reverted.deploymentId()))
                .containsExactly("xp2-review v" + reverted.version() + " (revert to v" + first.version()
                        + ") [gongwen-process-administration]");
        assertThat(processes.bpmnXml("xp2-review", reverted.version())).isEqualTo(bpmn("xp2-review-v1.bpmn"));
        assertThat(processes
                        .diff("xp2-review", first.version(), reverted.version())
                        .changes())
                .isEmpty();
        ProcessInstance afterRevert = runtime.startProcessInstanceByKey("xp2-review", Map.of("unitCode", "XP2"));
        assertThat(afterRevert.getProcessDefinitionId()).isEqualTo(reverted.definitionId());
    }

    @Test
    void onlyAnAdministratorAdministersProcesses() {
        signIn("z01.clerk");
        assertThatThrownBy(() -> processes.processes()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> processes.deploy("xp2-review.bpmn", bpmn("xp2-review-v1.bpmn")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
