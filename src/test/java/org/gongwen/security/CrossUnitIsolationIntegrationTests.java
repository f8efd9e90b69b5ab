package org.gongwen.security;

import static org.gongwen.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A user of one unit reads nothing of another unit's data, on every API endpoint (A4.3, A35); both units
 * are the test's own.
 */
@IntegrationTest
class CrossUnitIsolationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    TaskService taskService;

    @Autowired
    AccountService accounts;

    @Autowired
    SealLifecycleService seals;

    /** A unit of the test's own with clerk, leader and technician, whose clerks may take {@link #task}. */
    private String home;

    /** Another unit of the test's own with clerk and leader. */
    private String other;

    private Task task;

    private long unitId(String code) {
        return organization.unitByCode(code).orElseThrow().id();
    }

    private long personId(String username) {
        return organization.personByUsername(username).map(PersonInfo::id).orElseThrow();
    }

    @BeforeEach
    void twoUnitsAndATaskOfTheFirst() {
        OwnUnits own = new OwnUnits(organization, accounts, seals);
        home = own.freshUnit("CU", "清河县隔离测试局", Role.CLERK, Role.LEADER, Role.TECHNICIAN);
        other = own.freshUnit("CU", "清河县隔离测试局", Role.CLERK, Role.LEADER);
        task = taskService.newTask();
        task.setName(home + " 内部事项");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), Role.CLERK.groupIn(home));
    }

    @AfterEach
    void removeTask() {
        taskService.deleteTask(task.getId(), true);
    }

    @Test
    void a4_3_meShowsOnlyTheCaller() throws Exception {
        mvc.perform(get("/api/v1/me").with(as(OwnUnits.login(other, Role.CLERK))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(OwnUnits.login(other, Role.CLERK)))
                .andExpect(jsonPath("$.unitCode").value(other));
    }

    @Test
    void a4_3_peopleOfAnotherUnitAreRefused() throws Exception {
        // a unit of the test's own, so that no other test's newcomer changes the count of its people
        String code = OwnUnits.freshCode("CU");
        long own = new OwnUnits(organization, accounts, seals)
                .unit(code, "清河县隔离测试局" + code, Role.CLERK, Role.LEADER, Role.SEAL_CUSTODIAN, Role.TECHNICIAN)
                .id();
        String clerk = OwnUnits.login(code, Role.CLERK);
        mvc.perform(get("/api/v1/units/" + unitId(home) + "/people").with(as(clerk)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("不能查看其他单位的数据。"));
        mvc.perform(get("/api/v1/units/" + own + "/people").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4));
        mvc.perform(get("/api/v1/units/" + unitId(home) + "/people").with(as("bgs.staff")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/units/999999/people").with(as(clerk))).andExpect(status().isNotFound());
    }

    @Test
    void a2_theUnitDirectoryIsReadableByAllForChoosingRecipients() throws Exception {
        String clerk = OwnUnits.login(other, Role.CLERK);
        mvc.perform(get("/api/v1/units").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(50)));
        mvc.perform(get("/api/v1/units/" + unitId("QHXBGS")).with(as(clerk)))
                .andExpect(jsonPath("$.kind").value("COUNTY_OFFICE"))
                .andExpect(jsonPath("$.docPrefix").value("清政办"));
    }

    @Test
    void a4_3_tasksOfAnotherUnitAreInvisibleAndUntouchable() throws Exception {
        String stranger = OwnUnits.login(other, Role.CLERK);
        mvc.perform(get("/api/v1/tasks").with(as(OwnUnits.login(home, Role.CLERK))))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.hasItem(task.getId())));
        mvc.perform(get("/api/v1/tasks").with(as(stranger)))
                .andExpect(jsonPath("$.items[*].id")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(task.getId()))));
        mvc.perform(get("/api/v1/tasks/" + task.getId()).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tasks/" + task.getId() + "/claim").with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tasks/" + task.getId() + "/unclaim").with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tasks/" + task.getId() + "/complete")
                        .with(as(stranger))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        // nothing changed: the task is still open and unclaimed
        org.assertj.core.api.Assertions.assertThat(taskService
                        .createTaskQuery()
                        .taskId(task.getId())
                        .singleResult()
                        .getAssignee())
                .isNull();
    }

    @Test
    void a32_handoversStayWithinTheLeadersUnitAndNeedALeader() throws Exception {
        String body = "{\"outgoingId\": %d, \"successorId\": %d, \"roles\": [\"CLERK\"]}"
                .formatted(personId(OwnUnits.login(home, Role.CLERK)), personId(OwnUnits.login(home, Role.TECHNICIAN)));
        mvc.perform(post("/api/v1/handovers")
                        .with(as(OwnUnits.login(other, Role.LEADER)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("只能在本单位内办理交接。"));
        mvc.perform(post("/api/v1/handovers")
                        .with(as(OwnUnits.login(home, Role.CLERK)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/handovers")
                        .with(as(OwnUnits.login(home, Role.LEADER)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outgoingId\": 1}"))
                .andExpect(status().isBadRequest());
    }
}
