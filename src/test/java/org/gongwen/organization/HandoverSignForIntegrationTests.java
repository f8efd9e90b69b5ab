package org.gongwen.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.process.PersonnelHandoverProcess;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.security.AccountService;
import org.gongwen.support.Demo;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A32: a sign-for task the outgoing clerk had claimed goes to the successor with the handover. */
@IntegrationTest
class HandoverSignForIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    @Test
    void a32_aClaimedSignForMovesToTheSuccessor() {
        UnitInfo unit =
                organization.createUnit("XF03", "清河县交接测试局", "交接测试局", UnitKind.DEPARTMENT, null, "清交", false, 903);
        PersonInfo outgoing = person(unit, "xf03.clerk", "离任收发员", Role.CLERK);
        PersonInfo successor = person(unit, "xf03.tech", "接任技术员", Role.TECHNICIAN);
        DocumentChain chain = DocumentChain.in(context);
        long documentId = chain.signedAndAwaitingConfirmation(
                "关于交接测试的通知", List.of(new RecipientEntry(unit.id(), RecipientKind.MAIN, 2)));
        chain.confirmAndSend(documentId);
        TaskService tasks = engine.getTaskService();
        Task signFor = tasks.createTaskQuery()
                .taskCandidateGroup(Role.CLERK.groupIn("XF03"))
                .taskDefinitionKey(DocumentReceiptProcess.TASK_SIGN_FOR)
                .singleResult();
        tasks.claim(signFor.getId(), outgoing.username());

        String handover = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        PersonnelHandoverProcess.KEY,
                        "handover-" + outgoing.username(),
                        PersonnelHandoverProcess.startVariables(
                                unit.id(),
                                unit.fullName(),
                                outgoing.username(),
                                outgoing.fullName(),
                                successor.username(),
                                successor.fullName(),
                                EnumSet.of(Role.CLERK),
                                "收发员",
                                "交接"))
                .getId();
        complete(handover, Map.of("duties", "收发公文", "openItems", "一件待签收", "listComplete", true));
        complete(handover, Map.of("accepted", "yes"));
        engine.getManagementService()
                .createJobQuery()
                .processInstanceId(handover)
                .list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));

        assertThat(tasks.createTaskQuery()
                        .taskId(signFor.getId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo(successor.username());
        assertThat(organization.person(successor.id()).orElseThrow().roles()).contains(Role.CLERK);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(handover)
                        .count())
                .isZero();
    }

    private void complete(String processInstanceId, Map<String, Object> variables) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }

    private PersonInfo person(UnitInfo unit, String username, String fullName, Role role) {
        PersonInfo person = organization.createPerson(username, fullName, unit.id(), null, null, EnumSet.of(role));
        accounts.createAccount(person.id(), accounts.hash(Demo.PASSWORD));
        return person;
    }
}
