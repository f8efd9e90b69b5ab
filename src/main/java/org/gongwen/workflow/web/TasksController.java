package org.gongwen.workflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gongwen.shared.BusinessException;
import org.gongwen.workflow.TaskDetails;
import org.gongwen.workflow.TaskInboxService;
import org.gongwen.workflow.TaskSummary;
import org.gongwen.workflow.internal.TaskCounts;
import org.gongwen.workflow.internal.TaskFilter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "tasks", description = "待办任务 / the task inbox")
class TasksController {

    private static final int MAX_PAGE_SIZE = 200;

    private final TaskInboxService inbox;

    TasksController(TaskInboxService inbox) {
        this.inbox = inbox;
    }

    record TaskPage(List<TaskSummary> items, long total, int offset, int limit, TaskCounts counts) {}

    @GetMapping
    @Operation(summary = "Tasks assigned to me or offered to my groups, filtered, sorted and paged")
    TaskPage list(
            @Parameter(description = "process definition key, e.g. personnel-handover") @RequestParam(required = false)
                    String process,
            @Parameter(description = "ALL, MINE or UNCLAIMED") @RequestParam(defaultValue = "ALL")
                    TaskFilter.Scope scope,
            @RequestParam(defaultValue = "false") boolean overdue,
            @Parameter(description = "ISO-8601 instant") @RequestParam(required = false) Instant dueAfter,
            @Parameter(description = "ISO-8601 instant") @RequestParam(required = false) Instant dueBefore,
            @Parameter(description = "CREATED, DUE, NAME or PRIORITY") @RequestParam(defaultValue = "CREATED")
                    TaskFilter.Sort sort,
            @RequestParam(defaultValue = "false") boolean asc,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw BusinessException.invalid("task.error.paging", MAX_PAGE_SIZE);
        }
        TaskFilter filter = new TaskFilter(process, dueAfter, dueBefore, overdue, scope, sort, asc);
        return new TaskPage(inbox.list(filter, offset, limit), inbox.count(filter), offset, limit, inbox.counts());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task with its form (Camunda Form), variables and process context")
    TaskDetails task(@PathVariable String id) {
        return inbox.open(id);
    }

    @PostMapping("/{id}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Claim a task offered to one of my groups")
    void claim(@PathVariable String id) {
        inbox.claim(id);
    }

    @PostMapping("/{id}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Give a claimed task back to its groups")
    void unclaim(@PathVariable String id) {
        inbox.unclaim(id);
    }

    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Complete a task with variables; they are validated against the task's form")
    void complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> variables) {
        inbox.complete(id, variables == null ? Map.of() : variables);
    }
}
