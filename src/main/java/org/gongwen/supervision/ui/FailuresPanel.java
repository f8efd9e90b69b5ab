package org.gongwen.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.gongwen.shared.CountyZone;
import org.gongwen.supervision.internal.ProcessFailure;
import org.gongwen.supervision.internal.ProcessOperations;

/** For administrators: open incidents and failing jobs with their process, step and message; retry. */
class FailuresPanel extends VerticalLayout {

    final Grid<ProcessFailure> grid = new Grid<>();
    private final transient ProcessOperations operations;

    FailuresPanel(ProcessOperations operations, CountyZone zone) {
        this.operations = operations;
        setPadding(false);
        grid.setId("process-failures");
        grid.addColumn(f -> f.processName() == null ? "—" : f.processName())
                .setHeader(getTranslation("processes.col.process"));
        grid.addColumn(f -> f.activityName() == null ? "—" : f.activityName())
                .setHeader(getTranslation("processes.col.step"));
        grid.addColumn(f ->
                        getTranslation("processes.failure." + ("retrying".equals(f.kind()) ? "retrying" : "incident")))
                .setHeader(getTranslation("processes.col.failureKind"))
                .setAutoWidth(true);
        // the engine's message is technical and often English: shown on request, not in the list
        grid.addComponentColumn(this::messageButton)
                .setHeader(getTranslation("processes.col.message"))
                .setAutoWidth(true);
        grid.addColumn(f -> zone.formatTime(f.time()))
                .setHeader(getTranslation("processes.col.time"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::retryButton).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("processes.noFailures"));
        add(grid);
    }

    void refresh() {
        grid.setItems(operations.failures());
    }

    private Button messageButton(ProcessFailure failure) {
        Button show = new Button(getTranslation("processes.showMessage"), e -> {
            Dialog dialog = new Dialog(new Pre(failure.message() == null ? "—" : failure.message()));
            dialog.setHeaderTitle(getTranslation("processes.col.message"));
            dialog.getFooter().add(new Button(getTranslation("processes.close"), c -> dialog.close()));
            dialog.open();
        });
        show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return show;
    }

    private Button retryButton(ProcessFailure failure) {
        Button retry = new Button(getTranslation("processes.retry"), e -> {
            operations.retry(failure.jobId());
            Notification.show(getTranslation("processes.retried"), 3000, Notification.Position.TOP_CENTER);
            refresh();
        });
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setEnabled(failure.jobId() != null);
        return retry;
    }
}
