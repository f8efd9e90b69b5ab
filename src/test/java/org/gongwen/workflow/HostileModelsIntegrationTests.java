package org.gongwen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.gongwen.workflow.AdminModels.bpmn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.SignIn;
import org.gongwen.workflow.internal.ModelFinding;
import org.gongwen.workflow.internal.ProcessAdministration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Models cannot run code: each hostile model is named by the pre-deploy checks (element, line,
 * Chinese message) and refused by the engine itself when deployed past them, straight through
 * the repository service; expressions reach no bean but the process beans and no reflection at
 * run time; every shipped model still passes; a deployment by any path is audited.
 */
@IntegrationTest
class HostileModelsIntegrationTests {

    @Autowired
    ProcessAdministration processes;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aScriptTaskOfAnyFormatIsRefused() {
        assertRefused(
                "xp2-hostile-script-task",
                tuple("Task_Groovy", 8, "model.error.scriptTask", "第 8 行，元素 Task_Groovy：脚本任务（groovy）不允许，模型不得运行脚本"),
                tuple("Task_Juel", 12, "model.error.scriptTask", "第 12 行，元素 Task_Juel：脚本任务（juel）不允许，模型不得运行脚本"));
    }

    @Test
    void aScriptInAnExecutionOrTaskListenerIsRefused() {
        assertRefused(
                "xp2-hostile-script-listener",
                tuple("Start", 9, "model.error.script", "第 9 行，元素 Start：脚本（javascript）不允许，监听器、输入输出映射和条件都不得使用脚本"),
                tuple(
                        "Task_Review",
                        17,
                        "model.error.script",
                        "第 17 行，元素 Task_Review：脚本（groovy）不允许，监听器、输入输出映射和条件都不得使用脚本"));
    }

    @Test
    void reflectionInAnExpressionIsRefused() {
        assertRefused(
                "xp2-hostile-reflection",
                tuple(
                        "Task_Exec",
                        9,
                        "model.error.expressionForbidden",
                        "第 9 行，元素 Task_Exec：表达式使用了 getClass，表达式不得使用反射、类加载、系统调用或引擎内部对象"));
    }

    @Test
    void aClassOutsideTheApplicationsProcessPackagesIsRefused() {
        assertRefused(
                "xp2-hostile-class",
                tuple(
                        "Task_Foreign",
                        8,
                        "model.error.class",
                        "第 8 行，元素 Task_Foreign：类 com.example.attacker.ShellDelegate 不允许，"
                                + "只能使用本系统流程包（org.gongwen.*.process）中的委托和监听器"));
    }

    @Test
    void anExpressionNamingABeanOutsideTheProcessBeansIsRefused() {
        assertRefused(
                "xp2-hostile-bean",
                tuple(
                        "Task_Query",
                        8,
                        "model.error.expressionNotProcessBean",
                        "第 8 行，元素 Task_Query：表达式引用的组件 jdbcTemplate 不是流程组件，表达式只能调用流程组件"));
    }

    @Test
    void aScriptConditionIsRefused() {
        assertRefused(
                "xp2-hostile-condition",
                tuple(
                        "Flow_Yes",
                        10,
                        "model.error.scriptCondition",
                        "第 10 行，元素 Flow_Yes：脚本条件（javascript）不允许，条件只能是表达式"));
    }

    @Test
    void scriptsConnectorsForeignClassesAndForbiddenNamesAreFoundWhereverTheyHide() {
        SignIn.as(users, "admin");
        var expected = new org.assertj.core.groups.Tuple[] {
            tuple("Task_Mapping", 12, "model.error.script"),
            tuple("Task_Mapping", 14, "model.error.expressionForbidden"),
            tuple("Task_Activiti", 21, "model.error.class"),
            tuple("Task_Connector", 25, "model.error.connector"),
            tuple("Wait", 33, "model.error.expressionNotProcessBean")
        };
        List<ModelFinding> findings = processes.checkBeforeDeploy(bpmn("xp2-hostile-more.bpmn"));
        assertThat(findings)
                .filteredOn(f -> f.messageKey().startsWith("model.error."))
                .extracting(ModelFinding::elementId, ModelFinding::line, ModelFinding::messageKey)
                .as("an own delegate class (Task_Own) passes")
                .containsExactlyInAnyOrder(expected);
        assertThat(findings)
                .extracting(ModelFinding::message)
                .contains(
                        "第 14 行，元素 Task_Mapping：表达式使用了 processEngineServices，表达式不得使用反射、类加载、系统调用或引擎内部对象",
                        "第 33 行，元素 Wait：表达式引用的组件 processAdministration 不是流程组件，表达式只能调用流程组件");

        assertThatThrownBy(() -> deployDirectly("xp2-hostile-more"))
                .isInstanceOfSatisfying(
                        ParseException.class,
                        e -> assertThat(e.getResorceReports().get(0).getErrors())
                                .extracting(p -> p.getMainElementId(), p -> p.getLine())
                                .contains(Stream.of(expected)
                                        .map(f -> tuple(
                                                f.toList().get(0), f.toList().get(1)))
                                        .toArray(org.assertj.core.groups.Tuple[]::new)));
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("xp2-hostile-more")
                        .count())
                .isZero();
    }

    @Test
    void theEngineSeesOnlyTheProcessBeans() {
        assertThat(engine.getBeans())
                .containsKeys(
                        "signDocumentDelegate",
                        "receiptDeadlines",
                        "documentSendRecipients",
                        "deleteReceivedDocumentDelegate",
                        "inspectionReviewedListener");
        assertThat(engine.getBeans().containsKey("jdbcTemplate")).isFalse();
        assertThat(engine.getBeans().containsKey("processAdministration")).isFalse();
        assertThat(engine.getBeans().containsKey("processEngine")).isFalse();
        assertThat(engine.isDmnEnabled()).isFalse();
        assertThat(engine.isCmmnEnabled()).isFalse();
    }

    @Test
    void reflectionAndTheEngineAreOutOfReachAtRunTimeEvenByANameInAVariable() {
        deployDirectly("xp2-dynamic-member");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(
                        "xp2-dynamic-member", Map.of("target", "text", "member", "class")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("may not use 'class'");
        assertThatCode(() -> runtime.startProcessInstanceByKey(
                        "xp2-dynamic-member", Map.of("target", "text", "member", "empty")))
                .as("a harmless member is reached")
                .doesNotThrowAnyException();
    }

    @Test
    void theEngineCannotBeReachedThroughExecution() {
        deployDirectly("xp2-dynamic-member");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(
                        "xp2-dynamic-member", Map.of("target", "unused", "member", "processEngineServices")))
                .isInstanceOf(ProcessEngineException.class);
    }

    @Test
    void everyShippedModelPassesTheChecksAndTheEngine() throws IOException {
        SignIn.as(users, "admin");
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            List<Path> models =
                    files.filter(f -> f.toString().endsWith(".bpmn")).toList();
            assertThat(models).hasSizeGreaterThanOrEqualTo(11);
            for (Path file : models) {
                assertThat(processes.checkBeforeDeploy(Files.readString(file)))
                        .as(file.toString())
                        .isEmpty();
            }
        }
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("document-approval")
                        .count())
                .as("deployed at start through the guard")
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'PROCESS_DEPLOYMENT' "
                                + "and actor = 'system' and detail like '%document-approval v1%'",
                        Integer.class))
                .as("the start-up deployment is audited as the system's")
                .isEqualTo(1);
    }

    @Test
    void aDeploymentStraightThroughTheRepositoryServiceIsAudited() {
        SignIn.as(users, "admin");
        Deployment deployment = deployDirectly("xp2-review-v1");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'PROCESS_DEPLOYMENT' "
                                + "and target_id = ? and actor = 'admin' and detail like 'xp2-review v%'",
                        Integer.class, deployment.getId()))
                .isEqualTo(1);
    }

    private Deployment deployDirectly(String model) {
        return repository
                .createDeployment()
                .name(model + ".bpmn")
                .addString(model + ".bpmn", bpmn(model + ".bpmn"))
                .deploy();
    }

    private void assertRefused(String model, org.assertj.core.groups.Tuple... findings) {
        SignIn.as(users, "admin");
        assertThat(processes.checkBeforeDeploy(bpmn(model + ".bpmn")))
                .extracting(
                        ModelFinding::elementId, ModelFinding::line, ModelFinding::messageKey, ModelFinding::message)
                .containsExactlyInAnyOrder(findings);

        assertThatThrownBy(() -> deployDirectly(model))
                .isInstanceOfSatisfying(
                        ParseException.class,
                        e -> assertThat(e.getResorceReports().get(0).getErrors())
                                .extracting(p -> p.getMainElementId(), p -> p.getLine())
                                .containsExactlyInAnyOrder(Stream.of(findings)
                                        .map(f -> tuple(
                                                f.toList().get(0), f.toList().get(1)))
                                        .toArray(org.assertj.core.groups.Tuple[]::new)));
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(model)
                        .count())
                .isZero();
    }
}
