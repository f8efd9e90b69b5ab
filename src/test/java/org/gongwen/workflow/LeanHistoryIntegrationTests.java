package org.gongwen.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The engine keeps full history except each variable's change log and the job log's routine rows
 * ({@code workflow/internal/LeanHistoryPlugin}): what the dashboards, the archive trail and the task
 * inbox read is all still there.
 */
@IntegrationTest
class LeanHistoryIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReceiptKeepsItsActivitiesTaskCandidatesAndVariablesButNoChangeLogOrRoutineJobLog() {
        String code = OwnUnits.in(context).freshUnit("LH", "清河县历史记录测试局", Role.CLERK, Role.LEADER);
        long unitId = organization.unitByCode(code).orElseThrow().id();
        long documentId = DocumentChain.in(context).sentTo(unitId, 1, "关于精简流程历史记录的通知");
        String receipt = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(DocumentReceiptProcess.businessKey(documentId, unitId))
                .singleResult()
                .getId();

        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(receipt)
                        .variableName("distributionId")
                        .count())
                .isOne();
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(receipt)
                        .activityId("Task_SignFor")
                        .count())
                .isOne();
        String signFor = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(receipt)
                .singleResult()
                .getId();
        assertThat(engine.getHistoryService()
                        .createHistoricIdentityLinkLogQuery()
                        .taskId(signFor)
                        .groupId("CLERK@" + code)
                        .count())
                .isOne();
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(receipt)
                        .timers()
                        .count())
                .as("the reminder and the deadline wait as timers")
                .isEqualTo(2);

        assertThat(engine.getHistoryService()
                        .createHistoricDetailQuery()
                        .processInstanceId(receipt)
                        .count())
                .isZero();
        assertThat(engine.getHistoryService()
                        .createHistoricJobLogQuery()
                        .processInstanceId(receipt)
                        .count())
                .isZero();
    }
}
