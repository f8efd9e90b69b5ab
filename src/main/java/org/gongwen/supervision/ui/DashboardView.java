package org.gongwen.supervision.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitKind;
import org.gongwen.receipt.DailyDeliveries;
import org.gongwen.receipt.InboxEntry;
import org.gongwen.receipt.ReceiptFigure;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.ui.EChart;
import org.gongwen.supervision.internal.DashboardFigures;
import org.gongwen.supervision.internal.DashboardFilter;
import org.gongwen.supervision.internal.SupervisionDashboard;
import org.gongwen.supervision.internal.UnitFigures;

/**
 * 督查看板 (A5, A16): how every unit receives, for a period and a kind of unit, as charts and a
 * table; a click on a bar or a row lists the documents behind it, each opening the recipient's
 * page. The figures refresh every minute while the page is open.
 */
@Route("supervision")
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.COUNTY_OFFICE, Role.Names.ADMIN})
@Menu(title = "dashboard.title", order = 5, icon = "CHART")
public class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int REFRESH_MILLIS = 60_000;
    private static final List<ReceiptFigure> TIMELINESS = List.of(
            ReceiptFigure.SIGNED_IN_TIME, ReceiptFigure.SIGNED_LATE, ReceiptFigure.MISSED, ReceiptFigure.WAITING);

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<UnitKind> kind = new Select<>();
    final Div totals = new Div();
    final Paragraph nothingDelivered = new Paragraph();
    final EChart timeliness = new EChart();
    final EChart speed = new EChart();
    final EChart sent = new EChart();
    final EChart prints = new EChart();
    final Grid<UnitFigures> table = new Grid<>();
    final H3 drillTitle = new H3();
    final Grid<InboxEntry> drill = new Grid<>();
    private final transient SupervisionDashboard dashboard;
    private final CountyZone zone;
    DashboardFigures figures;
    private transient Registration polling;

    public DashboardView(SupervisionDashboard dashboard, CountyZone zone, Clock clock) {
        this.dashboard = dashboard;
        this.zone = zone;
        setWidthFull();
        LocalDate today = zone.today(clock);
        PeriodFilter.setUp(from, to, kind, today, this::refresh);
        Button refresh = new Button(getTranslation("dashboard.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, kind, refresh);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        totals.addClassName("dashboard-totals");
        nothingDelivered.setText(getTranslation("dashboard.empty"));
        nothingDelivered.getStyle().set("color", "var(--lumo-secondary-text-color)");
        nothingDelivered.setVisible(false);

        timeliness.setId("chart-timeliness");
        timeliness.onClick((series, unit) -> drillDown(unit, figureNamed(series)));
        speed.setId("chart-speed");
        speed.onClick((series, unit) -> drillDown(unit, ReceiptFigure.DELIVERED));
        sent.setId("chart-sent");
        prints.setId("chart-prints");
        prints.onClick((series, unit) -> drillDown(unit, ReceiptFigure.DELIVERED));

        table.addColumn(UnitFigures::unitName)
                .setHeader(getTranslation("dashboard.col.unit"))
                .setWidth("14em")
                .setFlexGrow(3)
                .setTooltipGenerator(UnitFigures::unitName);
        table.addColumn(u -> u.figures().delivered()).setHeader(getTranslation("dashboard.col.delivered"));
        table.addColumn(this::inTime)
                .setHeader(getTranslation("dashboard.col.inTime"))
                .setTooltipGenerator(u -> getTranslation(
                        u.due() == 0 ? "dashboard.inTime.nothingDue" : "dashboard.inTime.of",
                        u.figures().signedInTime(),
                        u.due()));
        table.addColumn(u -> u.figures().signedLate()).setHeader(getTranslation("figure.SIGNED_LATE"));
        table.addColumn(u -> u.figures().missed()).setHeader(getTranslation("figure.MISSED"));
        table.addColumn(u -> hours(u.figures().medianMinutesToSign()))
                .setHeader(getTranslation("dashboard.col.median"));
        table.addColumn(u -> hours(u.figures().slowestMinutesToSign()))
                .setHeader(getTranslation("dashboard.col.slowest"));
        table.addColumn(u -> u.figures().printsUsed() + " / " + u.figures().printQuota())
                .setHeader(getTranslation("dashboard.col.prints"));
        table.addColumn(u -> u.figures().returned()).setHeader(getTranslation("figure.RETURNED"));
        table.addColumn(u -> u.figures().reissueRequests()).setHeader(getTranslation("dashboard.col.reissues"));
        table.getColumns().forEach(c -> c.setAutoWidth(c.getFlexGrow() != 3).setResizable(true));
        table.setAllRowsVisible(true);
        table.setEmptyStateText(getTranslation("dashboard.empty"));
        table.addItemClickListener(e -> drillDown(e.getItem(), ReceiptFigure.DELIVERED));

        drill.addColumn(InboxEntry::title)
                .setHeader(getTranslation("inbox.col.title"))
                .setFlexGrow(3)
                .setTooltipGenerator(InboxEntry::title);
        drill.addColumn(e -> e.docNumber() == null ? "" : e.docNumber()).setHeader(getTranslation("inbox.col.number"));
        drill.addColumn(InboxEntry::senderName)
                .setHeader(getTranslation("inbox.col.sender"))
                .setFlexGrow(2);
        drill.addColumn(e -> zone.formatTime(e.deliveredAt())).setHeader(getTranslation("inbox.col.delivered"));
        drill.addColumn(e -> zone.formatTime(e.signedAt())).setHeader(getTranslation("received.signedAt"));
        drill.addColumn(e -> getTranslation("distributionState." + e.state().name())
                        + (e.overdue() ? " · " + getTranslation("inbox.overdue") : ""))
                .setHeader(getTranslation("inbox.col.state"));
        drill.setAllRowsVisible(true);
        drill.addItemClickListener(
                e -> UI.getCurrent().navigate("inbox/" + e.getItem().distributionId()));
        drillTitle.setVisible(false);
        drill.setVisible(false);

        HorizontalLayout row1 = new HorizontalLayout(
                box("dashboard.chart.timeliness", timeliness), box("dashboard.chart.speed", speed));
        HorizontalLayout row2 =
                new HorizontalLayout(box("dashboard.chart.sent", sent), box("dashboard.chart.prints", prints));
        row1.setWidthFull();
        row2.setWidthFull();
        add(
                new H2(getTranslation("dashboard.title")),
                filters,
                totals,
                nothingDelivered,
                row1,
                row2,
                drillTitle,
                drill,
                new H3(getTranslation("dashboard.table")),
                table);
        refresh();
    }

    /** {@code ?from=2026-11-01&to=2026-11-30&kind=TOWN}: a period and kind can be bookmarked and linked. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        try {
            first(query, "from").map(LocalDate::parse).ifPresent(from::setValue);
            first(query, "to").map(LocalDate::parse).ifPresent(to::setValue);
            first(query, "kind").map(UnitKind::valueOf).ifPresent(kind::setValue);
        } catch (RuntimeException e) {
            Notification.show(getTranslation("dashboard.error.period"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            figures = dashboard.figures(new DashboardFilter(from.getValue(), to.getValue(), kind.getValue()));
        } catch (BusinessException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        totals.setText(getTranslation(
                "dashboard.totals",
                figures.documentsSent(),
                figures.delivered(),
                figures.signedInTime(),
                figures.signedLate(),
                figures.missed(),
                figures.waiting(),
                figures.returned(),
                figures.reissueRequests(),
                figures.printsUsed(),
                figures.printQuota(),
                figures.unofficialPrints()));
        table.setItems(figures.units());
        nothingDelivered.setVisible(figures.delivered() == 0);
        List<String> names = figures.units().stream().map(UnitFigures::unitName).toList();
        timeliness.setOption(stacked(names));
        speed.setOption(bars(
                names,
                List.of(
                        series(
                                getTranslation("dashboard.col.median"),
                                figures.units().stream()
                                        .map(u -> hoursValue(u.figures().medianMinutesToSign()))
                                        .toList()),
                        series(
                                getTranslation("dashboard.col.slowest"),
                                figures.units().stream()
                                        .map(u -> hoursValue(u.figures().slowestMinutesToSign()))
                                        .toList())),
                false));
        prints.setOption(integerAxis(bars(
                names,
                List.of(
                        series(
                                getTranslation("dashboard.printsUsed"),
                                figures.units().stream()
                                        .map(u -> (Object) u.figures().printsUsed())
                                        .toList()),
                        series(
                                getTranslation("dashboard.printQuota"),
                                figures.units().stream()
                                        .map(u -> (Object) u.figures().printQuota())
                                        .toList())),
                false)));
        sent.setOption(line(figures.daily()));
    }

    void drillDown(String unitName, ReceiptFigure figure) {
        if (figure == null || figures == null) {
            return;
        }
        figures.units().stream()
                .filter(u -> u.unitName().equals(unitName))
                .findFirst()
                .ifPresent(u -> drillDown(u, figure));
    }

    void drillDown(UnitFigures unit, ReceiptFigure figure) {
        List<InboxEntry> entries = dashboard.behind(unit.unitId(), figure, figures.filter());
        drillTitle.setText(getTranslation(
                "dashboard.drill", unit.unitName(), getTranslation("figure." + figure.name()), entries.size()));
        drill.setItems(entries);
        drillTitle.setVisible(true);
        drill.setVisible(true);
        drillTitle.scrollIntoView();
    }

    private String inTime(UnitFigures unit) {
        return unit.due() == 0 ? "—" : unit.inTimePercent() + "%";
    }

    private ReceiptFigure figureNamed(String series) {
        return TIMELINESS.stream()
                .filter(f -> getTranslation("figure." + f.name()).equals(series))
                .findFirst()
                .orElse(null);
    }

    private Map<String, Object> stacked(List<String> names) {
        List<Object> series = new ArrayList<>();
        for (ReceiptFigure f : TIMELINESS) {
            Map<String, Object> s = series(
                    getTranslation("figure." + f.name()),
                    figures.units().stream()
                            .map(u -> (Object) u.figures().count(f))
                            .toList());
            s.put("stack", "receipts");
            series.add(s);
        }
        Map<String, Object> option = integerAxis(bars(names, series, true));
        option.put("color", List.of("#3b8f4f", "#e6a23c", "#c0392b", "#9aa5b1"));
        return option;
    }

    private static Map<String, Object> bars(List<String> names, List<Object> series, boolean stacked) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 40, "right", 16, "bottom", 90, "top", 36));
        option.put(
                "xAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("rotate", 45, "interval", 0)));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", series);
        option.put("dataZoom", List.of(Map.of("type", "inside")));
        return option;
    }

    /** Counts of documents or copies: whole numbers only on the axis. */
    private static Map<String, Object> integerAxis(Map<String, Object> option) {
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        return option;
    }

    private static Map<String, Object> series(String name, List<Object> data) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", "bar");
        s.put("data", data);
        return s;
    }

    private Map<String, Object> line(List<DailyDeliveries> daily) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        daily.stream().map(d -> d.day().toString()).toList()));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        Map<String, Object> documents = series(
                getTranslation("dashboard.documentsSent"),
                daily.stream().map(d -> (Object) d.documents()).toList());
        documents.put("type", "line");
        Map<String, Object> distributions = series(
                getTranslation("dashboard.distributions"),
                daily.stream().map(d -> (Object) d.distributions()).toList());
        distributions.put("type", "line");
        option.put("series", List.of(documents, distributions));
        return option;
    }

    private VerticalLayout box(String titleKey, EChart chart) {
        VerticalLayout box = new VerticalLayout(new Span(getTranslation(titleKey)), chart);
        box.setPadding(false);
        box.setWidth("50%");
        return box;
    }

    private String hours(Long minutes) {
        return minutes == null ? "—" : getTranslation("dashboard.hours", String.format("%.1f", minutes / 60.0));
    }

    private static Object hoursValue(Long minutes) {
        return minutes == null ? 0 : Math.round(minutes / 6.0) / 10.0;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(REFRESH_MILLIS);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
