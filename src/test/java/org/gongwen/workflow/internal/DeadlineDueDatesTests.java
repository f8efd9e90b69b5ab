package org.gongwen.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tasks without a due date of their own are due at their scope's interrupting deadline, not at a reminder. */
class DeadlineDueDatesTests {

    private static final Instant STARTED = Instant.parse("2026-05-04T01:00:00Z");

    private static final ProcessEngine engine = engine();

    private static ProcessEngine engine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration
                .setProcessEngineName("deadline-due-dates-tests")
                .setJdbcUrl("jdbc:h2:mem:deadline-due-dates-tests;DB_CLOSE_DELAY=-1")
                .setJobExecutorActivate(false);
        new DeadlineDueDatesPlugin().preInit(configuration);
        ProcessEngine built = configuration.buildProcessEngine();
        built.getRepositoryService()
                .createDeployment()
                .addClasspathResource("workflow/deadline-due.bpmn")
                .deploy();
        return built;
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void tasksInsideADeadlineScopeAreDueAtItsDeadlineAndOthersKeepTheirOwnOrNone() {
        ClockUtil.setCurrentTime(Date.from(STARTED));
        String instance = engine.getRuntimeService()
                .startProcessInstanceByKey("deadline-due")
                .getId();
        TaskService tasks = engine.getTaskService();

        List<Task> confirming =
                tasks.createTaskQuery().processInstanceId(instance).list();
        assertThat(confirming)
                .extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder("Task_First", "Task_Second");
        assertThat(confirming)
                .extracting(Task::getDueDate)
                .as("the sub-process deadline, not the one-hour reminder")
                .containsOnly(Date.from(STARTED.plus(Duration.ofHours(2))));

        confirming.forEach(t -> tasks.complete(t.getId()));
        Task own = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(own.getTaskDefinitionKey()).isEqualTo("Task_Own");
        assertThat(own.getDueDate())
                .as("a task's own due date (2030-01-01) stays")
                .isAfter(Date.from(Instant.parse("2029-12-30T00:00:00Z")));
        tasks.complete(own.getId());
        Task after = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(after.getTaskDefinitionKey()).isEqualTo("Task_After");
        assertThat(after.getDueDate()).as("no deadline around it").isNull();
    }
}
