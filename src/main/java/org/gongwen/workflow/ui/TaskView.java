package org.gongwen.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.ui.PdfViewer;
import org.gongwen.workflow.TaskDetails;
import org.gongwen.workflow.TaskDocument;
import org.gongwen.workflow.TaskDocumentSource;
import org.gongwen.workflow.TaskFormInvalidException;
import org.gongwen.workflow.TaskInboxService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One task: its Camunda Form on the left; on the right the document the task acts on, in the
 * document viewer, and the process context.
 */
@Route("tasks/:taskId")
@PermitAll
public class TaskView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TaskInboxService inbox;
    private final transient AuthenticatedUser authenticatedUser;
    private final CountyZone zone;
    private final transient ObjectProvider<TaskDocumentSource> documentSources;
    private final VerticalLayout main = new VerticalLayout();
    private final VerticalLayout side = new VerticalLayout();
    final VerticalLayout context = new VerticalLayout();
    private TaskDetails details;
    FormRenderer form;
    final Button complete = new Button();
    final PdfViewer viewer = new PdfViewer();

    public TaskView(
            TaskInboxService inbox,
            AuthenticatedUser authenticatedUser,
            CountyZone zone,
            ObjectProvider<TaskDocumentSource> documentSources) {
        this.inbox = inbox;
        this.authenticatedUser = authenticatedUser;
        this.zone = zone;
        this.documentSources = documentSources;
        viewer.setId("task-document");
        setSizeFull();
        main.setWidth("60%");
        side.setWidth("40%");
        side.setPadding(false);
        side.add(context);
        context.addClassName("process-context");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setId("complete-task");
        complete.addClickListener(e -> complete());
        add(main, side);
    }

    static RouteParameters params(String taskId) {
        return new RouteParameters("taskId", taskId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        try {
            details = inbox.open(taskId);
        } catch (BusinessException e) {
            main.removeAll();
            context.removeAll();
            main.add(new H2(getTranslation("task.notFound")), backButton());
            return;
        }
        document().ifPresent(d -> {
            viewer.show(d.fileName(), address -> d.layoutFile().apply(address));
            // a document needs the room more than the form does
            main.setWidth("45%");
            side.setWidth("55%");
            side.addComponentAsFirst(new VerticalLayout(new H3(getTranslation("task.document")), viewer));
        });
        render();
    }

    private Optional<TaskDocument> document() {
        return documentSources
                .orderedStream()
                .map(source -> source.documentFor(details))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private void render() {
        main.removeAll();
        context.removeAll();
        main.add(new H2(details.task().name()));
        if (details.description() != null) {
            main.add(new Paragraph(details.description()));
        }
        if (details.form() != null) {
            form = new FormRenderer(details.form(), details.variables(), this::translate);
            main.add(form.layout());
        } else {
            form = null;
        }
        complete.setText(getTranslation("task.complete"));
        HorizontalLayout buttons = new HorizontalLayout(complete);
        String me = authenticatedUser.require().username();
        if (details.task().assignee() == null) {
            buttons.add(new Button(
                    getTranslation("tasks.claim"),
                    e -> act(() -> inbox.claim(details.task().id()))));
        } else if (me.equals(details.task().assignee()) && details.offeredToGroups()) {
            buttons.add(new Button(
                    getTranslation("tasks.unclaim"),
                    e -> act(() -> inbox.unclaim(details.task().id()))));
        }
        buttons.add(backButton());
        main.add(buttons);
        renderContext();
    }

    private void renderContext() {
        context.add(new H3(getTranslation("task.context")));
        context.add(line("task.context.process", details.task().processName()));
        context.add(line("task.context.subject", details.task().subject()));
        context.add(line("task.context.startedBy", details.startedByName()));
        context.add(line("task.context.started", zone.formatTime(details.processStarted())));
        context.add(line("task.context.created", zone.formatTime(details.task().created())));
        context.add(line("task.context.due", zone.formatTime(details.task().due())));
        context.add(line(
                "task.context.assignee",
                details.task().assignee() == null
                        ? getTranslation("tasks.unclaimed")
                        : details.task().assigneeName()));
    }

    private Div line(String key, String value) {
        Div div = new Div();
        div.setText(getTranslation(key) + "：" + (value == null ? "—" : value));
        return div;
    }

    private void act(Runnable action) {
        try {
            action.run();
            details = inbox.open(details.task().id());
            render();
        } catch (BusinessException e) {
            error(getTranslation(e.messageKey(), e.args()));
        }
    }

    void complete() {
        Map<String, Object> values = form == null ? Map.of() : form.values();
        try {
            inbox.complete(details.task().id(), values);
        } catch (TaskFormInvalidException e) {
            form.showErrors(e.violations());
            error(getTranslation("form.error.invalid"));
            return;
        } catch (BusinessException e) {
            error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        Notification.show(
                        getTranslation("task.completed", details.task().name()), 3000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(TaskInboxView.class));
    }

    private Button backButton() {
        Button back =
                new Button(getTranslation("task.back"), e -> getUI().ifPresent(ui -> ui.navigate(TaskInboxView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return back;
    }

    private void error(String message) {
        Notification.show(message, 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String translate(String key, Object arg) {
        return arg == null ? getTranslation(key) : getTranslation(key, arg);
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("tasks.title") : details.task().name();
    }
}
