package org.gongwen.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitKind;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Translations;
import org.gongwen.supervision.internal.DashboardFilter;
import org.gongwen.supervision.internal.ProcessDashboard;
import org.gongwen.supervision.internal.ProcessDashboardExport;
import org.gongwen.supervision.internal.ProcessFigures;
import org.gongwen.supervision.internal.ProcessOperations;
import org.gongwen.supervision.internal.ProcessTrends;
import org.gongwen.supervision.internal.StepWaits;

/**
 * 流程看板 (A5, A16): every process at work — instances started, running and completed in the
 * period, the model drawn with each step's waiting count and waiting time (a heatmap), the
 * instances waiting at a clicked step and a clicked instance's timeline; open work per unit and
 * person; weekly trends; for administrators, failed jobs and incidents with a retry. A unit's
 * leader sees their own unit. Period, kind, process and step stay in the address
 * ({@code ?from=…&to=…&kind=…&process=…&step=…}).
 */
@Route("supervision/processes")
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.COUNTY_OFFICE, Role.Names.ADMIN, Role.Names.LEADER})
@Menu(title = "processes.title", order = 6, icon = "SITEMAP")
public class ProcessDashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<UnitKind> kind = new Select<>();
    final Grid<ProcessFigures> processes = new Grid<>();
    final H3 processTitle = new H3();
    final Paragraph processSummary = new Paragraph();
    final ProcessDiagram diagram = new ProcessDiagram();
    final Grid<StepWaits> steps = new Grid<>();
    final WaitingPanel waiting;
    final OpenWorkPanel openWork;
    final TrendsPanel trends;
    final FailuresPanel failures;
    private final transient ProcessDashboard dashboard;
    private final transient ProcessTrends trendFigures;
    private final ProcessWords words;
    private List<ProcessFigures> figures = List.of();
    String selectedKey;
    private boolean entering;

    public ProcessDashboardView(
            ProcessDashboard dashboard,
            ProcessTrends trendFigures,
            ProcessOperations operations,
            OrganizationService organization,
            AuthenticatedUser user,
            Translations translations,
            CountyZone zone,
            Clock clock) {
        this.dashboard = dashboard;
        this.trendFigures = trendFigures;
        this.words = new ProcessWords(this, organization);
        setWidthFull();
        LocalDate today = zone.today(clock);
        PeriodFilter.setUp(from, to, kind, today, this::changed);
        Button refresh = new Button(getTranslation("dashboard.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] xlsx = new ProcessDashboardExport(translations::getTranslation, getLocale())
                            .xlsx(figures, trendFigures.weekly(filter()), dashboard.openWork());
                    return new DownloadResponse(
                            new ByteArrayInputStream(xlsx),
                            "process-dashboard.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            xlsx.length);
                }),
                getTranslation("processes.export"));
        HorizontalLayout filters = new HorizontalLayout(from, to, kind, refresh, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        processes.setId("process-list");
        processes
                .addColumn(ProcessFigures::name)
                .setHeader(getTranslation("processes.col.process"))
                .setFlexGrow(2);
        processes
                .addColumn(ProcessFigures::started)
                .setHeader(getTranslation("processes.col.started"))
                .setAutoWidth(true);
        processes
                .addColumn(ProcessFigures::running)
                .setHeader(getTranslation("processes.col.running"))
                .setAutoWidth(true);
        processes
                .addColumn(ProcessFigures::completed)
                .setHeader(getTranslation("processes.col.completed"))
                .setAutoWidth(true);
        processes
                .addColumn(ProcessFigures::waiting)
                .setHeader(getTranslation("processes.col.waiting"))
                .setAutoWidth(true);
        processes
                .addColumn(p -> p.slowest() == null
                        ? "—"
                        : getTranslation(
                                "processes.slowestStep",
                                p.slowest().name(),
                                words.hours(p.slowest().p90Hours())))
                .setHeader(getTranslation("processes.col.slowest"))
                .setFlexGrow(3);
        processes.setAllRowsVisible(true);
        processes.addItemClickListener(e -> select(e.getItem().key(), null));

        steps.setId("process-steps");
        steps.addColumn(StepWaits::name)
                .setHeader(getTranslation("processes.col.step"))
                .setFlexGrow(3);
        steps.addColumn(s -> words.type(s.type()))
                .setHeader(getTranslation("processes.col.type"))
                .setAutoWidth(true);
        steps.addColumn(StepWaits::waitingNow)
                .setHeader(getTranslation("processes.col.waiting"))
                .setAutoWidth(true);
        steps.addColumn(StepWaits::ended)
                .setHeader(getTranslation("processes.col.ended"))
                .setAutoWidth(true);
        steps.addColumn(s -> words.hours(s.medianHours()))
                .setHeader(getTranslation("processes.col.median"))
                .setAutoWidth(true);
        steps.addColumn(s -> words.hours(s.p90Hours()))
                .setHeader(getTranslation("processes.col.p90"))
                .setAutoWidth(true);
        steps.addColumn(s -> s.slowest() ? getTranslation("processes.slowest") : "")
                .setHeader("")
                .setAutoWidth(true);
        steps.setClassNameGenerator(s -> s.slowest() ? "slowest" : null);
        steps.setAllRowsVisible(true);
        steps.addItemClickListener(e -> showStep(e.getItem().activityId()));
        diagram.onStepClick(this::showStep);

        waiting = new WaitingPanel(dashboard, zone, words);
        openWork = new OpenWorkPanel(words);
        trends = new TrendsPanel(words);
        failures = new FailuresPanel(operations, zone);
        boolean admin =
                user.get().map(u -> u.roles().contains(Role.Names.ADMIN)).orElse(false);
        failures.setVisible(admin);
        H3 failuresTitle = new H3(getTranslation("processes.failures"));
        failuresTitle.setVisible(admin);
        add(
                new H2(getTranslation("processes.title")),
                new Paragraph(getTranslation("processes.intro")),
                filters,
                processes,
                processTitle,
                processSummary,
                diagram,
                steps,
                waiting,
                new H3(getTranslation("processes.openWork")),
                openWork,
                new H3(getTranslation("processes.trends")),
                trends,
                failuresTitle,
                failures);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        entering = true;
        try {
            first(query, "from").map(LocalDate::parse).ifPresent(from::setValue);
            first(query, "to").map(LocalDate::parse).ifPresent(to::setValue);
            first(query, "kind").map(UnitKind::valueOf).ifPresent(kind::setValue);
        } catch (RuntimeException e) {
            error("dashboard.error.period");
        } finally {
            entering = false;
        }
        refresh();
        Optional<String> process = first(query, "process");
        if (process.isPresent() && figures.stream().anyMatch(p -> p.key().equals(process.get()))) {
            select(process.get(), first(query, "step").orElse(null));
        }
    }

    private void changed() {
        if (!entering) {
            refresh();
        }
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        DashboardFilter filter;
        try {
            filter = filter();
            figures = dashboard.processes(filter);
        } catch (BusinessException e) {
            error(e.messageKey(), e.args());
            return;
        }
        processes.setItems(figures);
        openWork.show(dashboard.openWork());
        trends.show(trendFigures.weekly(filter));
        if (failures.isVisible()) {
            failures.refresh();
        }
        if (selectedKey != null) {
            select(selectedKey, null);
        } else {
            processTitle.setVisible(false);
            processSummary.setVisible(false);
            diagram.setVisible(false);
            steps.setVisible(false);
        }
        remember(null);
    }

    void select(String key, String step) {
        ProcessFigures process =
                figures.stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
        if (process == null) {
            return;
        }
        selectedKey = key;
        processTitle.setText(process.name());
        processSummary.setText(getTranslation(
                "processes.summary", process.started(), process.running(), process.completed(), process.waiting()));
        steps.setItems(process.steps());
        diagram.show(dashboard.diagram(key), process.steps(), this::badge);
        processTitle.setVisible(true);
        processSummary.setVisible(true);
        diagram.setVisible(true);
        steps.setVisible(true);
        waiting.clear();
        if (step != null) {
            showStep(step);
        } else {
            remember(null);
        }
    }

    void showStep(String activityId) {
        ProcessFigures process = figures.stream()
                .filter(p -> p.key().equals(selectedKey))
                .findFirst()
                .orElse(null);
        if (process == null) {
            return;
        }
        String name = process.steps().stream()
                .filter(s -> s.activityId().equals(activityId))
                .map(StepWaits::name)
                .findFirst()
                .orElse(activityId);
        waiting.show(process.name(), name, dashboard.waiting(selectedKey, activityId));
        waiting.title.scrollIntoView();
        remember(activityId);
    }

    private String badge(StepWaits s) {
        return s.medianHours() == null
                ? getTranslation("processes.badge", s.waitingNow())
                : getTranslation("processes.badge.median", s.waitingNow(), String.format("%.1f", s.medianHours()));
    }

    /** Keeps period, kind, process and step in the address, so the view can be bookmarked and linked. */
    private void remember(String step) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", from.getValue().toString());
        query.put("to", to.getValue().toString());
        if (kind.getValue() != null) {
            query.put("kind", kind.getValue().name());
        }
        if (selectedKey != null) {
            query.put("process", selectedKey);
        }
        if (step != null) {
            query.put("step", step);
        }
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(null, new Location("supervision/processes", QueryParameters.simple(query)));
    }

    private DashboardFilter filter() {
        return new DashboardFilter(from.getValue(), to.getValue(), kind.getValue());
    }

    private void error(String key, Object... args) {
        Notification.show(getTranslation(key, args), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("processes.title");
    }
}
