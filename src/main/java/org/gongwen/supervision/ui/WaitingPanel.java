package org.gongwen.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.List;
import org.gongwen.shared.CountyZone;
import org.gongwen.supervision.internal.ProcessDashboard;
import org.gongwen.supervision.internal.ProcessTimeline;
import org.gongwen.supervision.internal.TimelineStep;
import org.gongwen.supervision.internal.WaitingInstance;

/**
 * The instances waiting at the chosen step (what, which unit, at whose desk, for how long, a link
 * to the page that shows it), and below, the timeline of the instance clicked.
 */
class WaitingPanel extends VerticalLayout {

    final H3 title = new H3();
    final Grid<WaitingInstance> waiting = new Grid<>();
    final H3 timelineTitle = new H3();
    final Paragraph timelineSummary = new Paragraph();
    final Grid<TimelineStep> timeline = new Grid<>();
    private final transient ProcessDashboard dashboard;
    private final CountyZone zone;
    private final ProcessWords words;
    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    WaitingPanel(ProcessDashboard dashboard, CountyZone zone, ProcessWords words) {
        this.dashboard = dashboard;
        this.zone = zone;
        this.words = words;
        setPadding(false);
        waiting.setId("process-waiting");
        waiting.addColumn(w -> w.subject() == null ? getTranslation("processes.noSubject") : w.subject())
                .setHeader(getTranslation("processes.col.subject"))
                .setFlexGrow(3)
                .setTooltipGenerator(WaitingInstance::subject);
        waiting.addColumn(w -> w.unitName() == null ? "—" : w.unitName())
                .setHeader(getTranslation("processes.col.unit"))
                .setFlexGrow(2);
        waiting.addColumn(w -> words.person(w.assigneeName(), w.candidates()))
                .setHeader(getTranslation("processes.col.person"))
                .setFlexGrow(2);
        waiting.addColumn(w -> zone.formatTime(w.since()))
                .setHeader(getTranslation("processes.col.since"))
                .setAutoWidth(true);
        waiting.addColumn(w -> words.hours(w.waitedHours()))
                .setHeader(getTranslation("processes.col.waited"))
                .setAutoWidth(true);
        waiting.addColumn(w -> w.due() == null
                        ? "—"
                        : zone.formatTime(w.due()) + (w.overdue() ? " · " + getTranslation("processes.overdue") : ""))
                .setHeader(getTranslation("processes.col.due"))
                .setAutoWidth(true);
        waiting.addComponentColumn(this::page)
                .setHeader(getTranslation("processes.col.page"))
                .setAutoWidth(true)
                .setKey("page");
        waiting.setAllRowsVisible(true);
        waiting.setEmptyStateText(getTranslation("processes.noneWaiting"));
        waiting.addItemClickListener(e -> showTimeline(e.getItem().processInstanceId()));

        timeline.setId("process-timeline");
        timeline.addColumn(s -> s.name() == null ? words.type(s.type()) : s.name())
                .setHeader(getTranslation("processes.col.step"))
                .setFlexGrow(3);
        timeline.addColumn(s -> s.assigneeName() == null ? "—" : s.assigneeName())
                .setHeader(getTranslation("processes.col.person"));
        timeline.addColumn(s -> zone.formatTime(s.start()))
                .setHeader(getTranslation("processes.col.start"))
                .setAutoWidth(true);
        timeline.addColumn(s -> s.end() == null ? getTranslation("processes.stillOpen") : zone.formatTime(s.end()))
                .setHeader(getTranslation("processes.col.end"))
                .setAutoWidth(true);
        timeline.addColumn(s -> words.hours(s.workingHours()))
                .setHeader(getTranslation("processes.col.workingHours"))
                .setAutoWidth(true);
        timeline.setAllRowsVisible(true);
        add(title, waiting, timelineTitle, timelineSummary, timeline);
        clear();
    }

    /**
     * 打开, to the page of what waits, for whoever may open that page: a supervisor is not shown a link
     * to 故障记录 (the information centre's) or 人员交接 (a leader's), only the timeline.
     */
    Component page(WaitingInstance w) {
        boolean allowed = w.link() != null
                && RouteConfiguration.forSessionScope()
                        .getRoute(w.link())
                        .map(access::hasAccess)
                        .orElse(false);
        return allowed ? new Anchor(w.link(), getTranslation("processes.open")) : new Span();
    }

    void show(String processName, String stepName, List<WaitingInstance> instances) {
        title.setText(getTranslation("processes.waitingAt", processName, stepName, instances.size()));
        waiting.setItems(instances);
        title.setVisible(true);
        waiting.setVisible(true);
        hideTimeline();
    }

    void showTimeline(String processInstanceId) {
        ProcessTimeline t = dashboard.timeline(processInstanceId);
        timelineTitle.setText(
                getTranslation("processes.timeline", t.subject() == null ? t.processName() : t.subject()));
        timelineSummary.setText(getTranslation(
                "processes.timeline.summary",
                t.processName(),
                t.unitName() == null ? "—" : t.unitName(),
                zone.formatTime(t.started()),
                t.ended() == null ? getTranslation("processes.stillOpen") : zone.formatTime(t.ended())));
        timeline.setItems(t.steps());
        timelineTitle.setVisible(true);
        timelineSummary.setVisible(true);
        timeline.setVisible(true);
        timelineTitle.scrollIntoView();
    }

    void clear() {
        title.setVisible(false);
        waiting.setVisible(false);
        hideTimeline();
    }

    private void hideTimeline() {
        timelineTitle.setVisible(false);
        timelineSummary.setVisible(false);
        timeline.setVisible(false);
    }
}
