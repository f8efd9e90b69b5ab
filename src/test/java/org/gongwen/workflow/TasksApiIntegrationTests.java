package org.gongwen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.security.AccountService;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The task inbox over REST, end to end through a staff handover (A32). */
@IntegrationTest
class TasksApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    SealLifecycleService seals;

    private long id(String username) {
        return organization.personByUsername(username).map(PersonInfo::id).orElseThrow();
    }

    /** The login prefix of a unit of the test's own with clerk, leader and technician: nobody else gives them tasks. */
    private String unitHandingOver() {
        String code = OwnUnits.freshCode("TA");
        new OwnUnits(organization, accounts, seals)
                .unit(code, "清河县任务接口测试局" + code, Role.CLERK, Role.LEADER, Role.TECHNICIAN);
        return code.toLowerCase(Locale.ROOT);
    }

    private String startHandover(String unit) throws Exception {
        String body = """
                {"outgoingId": %d, "successorId": %d, "roles": ["CLERK"]}
                """.formatted(id(unit + ".clerk"), id(unit + ".tech"));
        String json = mvc.perform(post("/api/v1/handovers")
                        .with(as(unit + ".leader"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.processInstanceId");
    }

    private String onlyTaskOf(String username) throws Exception {
        String json = mvc.perform(get("/api/v1/tasks")
                        .param("process", "personnel-handover")
                        .with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((Integer) JsonPath.read(json, "$.total")).isEqualTo(1);
        return JsonPath.read(json, "$.items[0].id");
    }

    @Test
    void a32_handoverRunsThroughTheInboxAndMovesRolesAndOpenTasks() throws Exception {
        String unit = unitHandingOver();
        Task open = taskService.newTask();
        open.setName("待签收公文");
        open.setAssignee(unit + ".clerk");
        taskService.saveTask(open);
        long countyOfficeId = id("bgs.staff");
        int noticesBefore = jdbc.queryForObject(
                "select count(*) from notification_message where recipient_id = ?", Integer.class, countyOfficeId);

        String instanceId = startHandover(unit);
        String listTask = onlyTaskOf(unit + ".clerk");
        mvc.perform(post("/api/v1/tasks/" + listTask + "/unclaim").with(as(unit + ".clerk")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("该任务由流程直接分配给您，不能退回待领取。"));
        mvc.perform(get("/api/v1/tasks/" + listTask).with(as(unit + ".clerk")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.form.id").value("handover-duties"))
                .andExpect(jsonPath("$.variables.successor").value(unit + ".tech"))
                .andExpect(jsonPath("$.task.businessKey").value("handover-" + unit + ".clerk"));

        mvc.perform(post("/api/v1/tasks/" + listTask + "/complete")
                        .with(as(unit + ".clerk"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duties\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.duties").value("此项为必填项"))
                .andExpect(jsonPath("$.fieldErrors.listComplete").value("此项为必填项"));
        mvc.perform(post("/api/v1/tasks/" + listTask + "/complete")
                        .with(as(unit + ".clerk"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duties\": \"公文收发、登记\", \"openItems\": \"无\", \"listComplete\": true}"))
                .andExpect(status().isNoContent());

        String confirmTask = onlyTaskOf(unit + ".tech");
        mvc.perform(post("/api/v1/tasks/" + confirmTask + "/complete")
                        .with(as(unit + ".tech"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accepted\": \"yes\"}"))
                .andExpect(status().isNoContent());
        management
                .createJobQuery()
                .processInstanceId(instanceId)
                .list()
                .forEach(job -> management.executeJob(job.getId()));

        assertThat(organization.personByUsername(unit + ".tech").orElseThrow().roles())
                .contains(Role.CLERK);
        assertThat(organization.personByUsername(unit + ".clerk").orElseThrow().roles())
                .doesNotContain(Role.CLERK);
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(open.getId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo(unit + ".tech");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_message where recipient_id = ?",
                        Integer.class,
                        countyOfficeId))
                .isEqualTo(noticesBefore + 1);
        taskService.deleteTask(open.getId(), true);
    }

    @Test
    void inboxFiltersSortsPagesAndCounts() throws Exception {
        String unit = unitHandingOver();
        startHandover(unit);
        mvc.perform(get("/api/v1/tasks").param("process", "personnel-handover").with(as(unit + ".clerk")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("列出职责与未办事项"))
                .andExpect(jsonPath("$.items[0].overdue").value(false));
        mvc.perform(get("/api/v1/tasks")
                        .param("overdue", "true")
                        .param("process", "personnel-handover")
                        .with(as(unit + ".clerk")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/tasks").param("process", "no-such-process").with(as(unit + ".clerk")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/tasks")
                        .param("scope", "UNCLAIMED")
                        .param("process", "personnel-handover")
                        .with(as(unit + ".clerk")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/tasks")
                        .param("sort", "DUE")
                        .param("asc", "true")
                        .param("limit", "1")
                        .with(as(unit + ".clerk")))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/v1/tasks").param("limit", "0").with(as(unit + ".clerk")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/tasks").param("sort", "SIDEWAYS").with(as(unit + ".clerk")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("参数 sort 的值无效。"));
    }

    @Test
    void groupTasksAreClaimedAndUnclaimed() throws Exception {
        OwnUnits own = new OwnUnits(organization, accounts, seals);
        String group = own.freshUnit("TG", "清河县任务认领测试局", Role.CLERK);
        String other = own.freshUnit("TG", "清河县任务认领测试局", Role.CLERK);
        String clerk = OwnUnits.login(group, Role.CLERK);
        Task task = taskService.newTask();
        task.setName("值班登记");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), Role.CLERK.groupIn(group));

        mvc.perform(get("/api/v1/tasks").param("scope", "UNCLAIMED").with(as(clerk)))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(task.getId())));
        mvc.perform(get("/api/v1/tasks").with(as(OwnUnits.login(other, Role.CLERK))))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(task.getId()))));
        mvc.perform(post("/api/v1/tasks/" + task.getId() + "/claim").with(as(clerk)))
                .andExpect(status().isNoContent());
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(task.getId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo(clerk);
        mvc.perform(post("/api/v1/tasks/" + task.getId() + "/unclaim").with(as(clerk)))
                .andExpect(status().isNoContent());
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(task.getId())
                        .singleResult()
                        .getAssignee())
                .isNull();
        taskService.deleteTask(task.getId(), true);
    }
}
