package org.gongwen.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.shared.CountyZone;
import org.gongwen.workflow.TaskInboxService;
import org.gongwen.workflow.TaskSummary;
import org.gongwen.workflow.internal.ProcessOption;
import org.gongwen.workflow.internal.TaskCounts;
import org.gongwen.workflow.internal.TaskFilter;

/** 待办: the screen clerks live in. Lazy paging keeps it fast with thousands of tasks. */
@Route("tasks")
@RouteAlias("")
@PermitAll
@Menu(title = "nav.tasks", order = 1, icon = "TASKS")
public class TaskInboxView extends VerticalLayout implements HasDynamicTitle {

    static final ProcessOption ALL_PROCESSES = new ProcessOption("", "");

    final Grid<TaskSummary> grid = new Grid<>();
    final Select<ProcessOption> process = new Select<>();
    final Select<TaskFilter.Scope> scope = new Select<>();
    final Select<String> due = new Select<>();
    final Checkbox overdue = new Checkbox();
    final Span counts = new Span();

    private final transient TaskInboxService inbox;
    private final transient Clock clock;
    private final CountyZone zone;
    private TaskFilter filter = TaskFilter.all();

    public TaskInboxView(TaskInboxService inbox, Clock clock, CountyZone zone) {
        this.inbox = inbox;
        this.clock = clock;
        this.zone = zone;
        setSizeFull();
        add(new H2(getTranslation("tasks.title")), filters(), counts, grid);
        configureGrid();
        refresh();
    }

    private HorizontalLayout filters() {
        List<ProcessOption> options = new ArrayList<>();
        options.add(ALL_PROCESSES);
        options.addAll(inbox.processes());
        process.setLabel(getTranslation("tasks.filter.process"));
        process.setItems(options);
        process.setItemLabelGenerator(p -> p.key().isEmpty() ? getTranslation("tasks.filter.all") : p.name());
        process.setValue(ALL_PROCESSES);
        process.addValueChangeListener(e -> refresh());
        scope.setLabel(getTranslation("tasks.filter.scope"));
        scope.setItems(TaskFilter.Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("tasks.scope." + s.name()));
        scope.setValue(TaskFilter.Scope.ALL);
        scope.setWidth("15em");
        scope.addValueChangeListener(e -> refresh());
        due.setLabel(getTranslation("tasks.filter.due"));
        due.setItems("any", "today", "week");
        due.setItemLabelGenerator(d -> getTranslation("tasks.due." + d));
        due.setValue("any");
        due.addValueChangeListener(e -> refresh());
        overdue.setLabel(getTranslation("tasks.filter.overdue"));
        overdue.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(process, scope, due, overdue);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void configureGrid() {
        grid.setEmptyStateText(getTranslation("empty.tasks"));
        grid.setSizeFull();
        grid.setMultiSort(false);
        grid.addComponentColumn(this::nameCell)
                .setHeader(getTranslation("tasks.col.name"))
                .setKey("NAME")
                .setSortable(true)
                .setWidth("12em")
                .setFlexGrow(2)
                .setTooltipGenerator(TaskSummary::name);
        grid.addComponentColumn(this::subjectCell)
                .setHeader(getTranslation("tasks.col.subject"))
                .setKey("SUBJECT")
                .setWidth("12em")
                .setFlexGrow(3)
                .setTooltipGenerator(TaskSummary::subject);
        grid.addColumn(TaskSummary::processName)
                .setHeader(getTranslation("tasks.col.process"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(TaskSummary::processName);
        grid.addColumn(t -> zone.formatTime(t.created()))
                .setHeader(getTranslation("tasks.col.created"))
                .setKey("CREATED")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::dueCell)
                .setHeader(getTranslation("tasks.col.due"))
                .setKey("DUE")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> t.assignee() == null ? getTranslation("tasks.unclaimed") : t.assigneeName())
                .setHeader(getTranslation("tasks.col.assignee"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("tasks.col.actions"))
                .setAutoWidth(true);
        grid.setItems(
                query -> {
                    TaskFilter sorted = filter;
                    if (!query.getSortOrders().isEmpty()) {
                        var order = query.getSortOrders().get(0);
                        sorted = filter.sortedBy(
                                TaskFilter.Sort.valueOf(order.getSorted()),
                                order.getDirection() == SortDirection.ASCENDING);
                    }
                    return inbox.list(sorted, query.getOffset(), query.getLimit()).stream();
                },
                query -> (int) Math.min(Integer.MAX_VALUE, inbox.count(filter)));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("CREATED")).build());
    }

    private Span nameCell(TaskSummary task) {
        Span name = new Span(task.name());
        name.addClassName("task-name");
        return name;
    }

    private Span subjectCell(TaskSummary task) {
        Span subject = new Span(task.subject());
        subject.addClassName("task-subject");
        return subject;
    }

    private Span dueCell(TaskSummary task) {
        Span span = new Span(zone.formatTime(task.due()));
        if (task.overdue()) {
            span.setText(zone.formatTime(task.due()) + " " + getTranslation("tasks.overdue"));
            span.getElement().getThemeList().add("badge error");
        }
        return span;
    }

    private HorizontalLayout actions(TaskSummary task) {
        Button open = new Button(getTranslation("tasks.open"), e -> open(task));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(open);
        if (task.assignee() == null) {
            Button claim = new Button(getTranslation("tasks.claim"), e -> {
                inbox.claim(task.id());
                refresh();
            });
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        }
        return actions;
    }

    void open(TaskSummary task) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, TaskView.params(task.id())));
    }

    void refresh() {
        Instant now = clock.instant();
        Instant dueBefore = switch (due.getValue() == null ? "any" : due.getValue()) {
            case "today" -> zone.startOf(zone.dateOf(now).plusDays(1));
            case "week" -> now.plus(Duration.ofDays(7));
            default -> null;
        };
        ProcessOption p = process.getValue();
        filter = TaskFilter.all()
                .withProcess(p == null || p.key().isEmpty() ? null : p.key())
                .withScope(scope.getValue() == null ? TaskFilter.Scope.ALL : scope.getValue())
                .withOverdueOnly(overdue.getValue())
                .withDue(null, dueBefore);
        grid.getDataProvider().refreshAll();
        TaskCounts c = inbox.counts();
        counts.setText(
                getTranslation("tasks.counts", c.total(), c.mine(), c.unclaimed(), c.overdue(), inbox.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.title");
    }
}
