package org.gongwen.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import org.gongwen.organization.Role;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.supervision.internal.InspectionReportInfo;
import org.gongwen.supervision.internal.InspectionReportService;
import org.gongwen.supervision.internal.InspectionUnitFigures;

/**
 * 通报 (A16): every unit reads the published inspection reports with each unit's figures; the county
 * office and supervisors also see drafts and start a report by hand for a chosen period.
 * {@code reports/<id>} opens with that report selected, when the reader may see it (流程看板 links here).
 */
@Route("reports/:reportId?([0-9]+)")
@PermitAll
@Menu(title = "inspection.title", order = 13, icon = "FILE_TEXT_O")
public class InspectionReportsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button start = new Button();
    final HorizontalLayout starter = new HorizontalLayout(from, to, start);
    final Grid<InspectionReportInfo> grid = new Grid<>();
    final H3 selectedTitle = new H3();
    final HorizontalLayout links = new HorizontalLayout();
    final Grid<InspectionUnitFigures> units = new Grid<>();
    private final transient InspectionReportService reports;

    public InspectionReportsView(
            InspectionReportService reports, AuthenticatedUser authenticatedUser, CountyZone zone) {
        this.reports = reports;
        CurrentUser user = authenticatedUser.require();
        setWidthFull();
        from.setLabel(getTranslation("inspection.from"));
        to.setLabel(getTranslation("inspection.to"));
        start.setText(getTranslation("inspection.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> start());
        starter.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        starter.setVisible(user.hasRole(Role.Names.COUNTY_OFFICE) || user.hasRole(Role.Names.SUPERVISOR));
        grid.setEmptyStateText(getTranslation("empty.inspections"));
        grid.addColumn(InspectionReportInfo::docNumber).setHeader(getTranslation("inspection.col.number"));
        grid.addColumn(InspectionReportInfo::title)
                .setHeader(getTranslation("inspection.col.title"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.periodFrom() + " – " + r.periodTo()).setHeader(getTranslation("inspection.col.period"));
        grid.addColumn(r -> getTranslation("inspection.state." + r.state().name()))
                .setHeader(getTranslation("inspection.col.state"));
        grid.addColumn(r -> zone.formatTime(r.publishedAt())).setHeader(getTranslation("inspection.col.published"));
        grid.setHeight("16em");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        unitColumns();
        add(new H2(getTranslation("inspection.title")), starter, grid, selectedTitle, links, units);
        refresh();
    }

    private void unitColumns() {
        units.addColumn(InspectionUnitFigures::unitName)
                .setHeader(getTranslation("inspection.col.unit"))
                .setFlexGrow(2);
        units.addColumn(InspectionUnitFigures::delivered).setHeader(getTranslation("inspection.col.delivered"));
        units.addColumn(InspectionUnitFigures::signedInTime).setHeader(getTranslation("inspection.col.inTime"));
        units.addColumn(InspectionUnitFigures::signedLate).setHeader(getTranslation("inspection.col.late"));
        units.addColumn(InspectionUnitFigures::missed).setHeader(getTranslation("inspection.col.missed"));
        units.addColumn(u -> hours(u.medianSecondsToSign())).setHeader(getTranslation("inspection.col.median"));
        units.addColumn(u -> hours(u.slowestSecondsToSign())).setHeader(getTranslation("inspection.col.slowest"));
        units.addColumn(u -> responsible(u))
                .setHeader(getTranslation("inspection.col.responsible"))
                .setFlexGrow(2);
    }

    void refresh() {
        grid.setItems(reports.list());
        show(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters()
                .getLong("reportId")
                .ifPresent(id -> grid.getListDataView()
                        .getItems()
                        .filter(r -> r.id() == id)
                        .findFirst()
                        .ifPresent(grid::select));
    }

    void show(InspectionReportInfo report) {
        links.removeAll();
        boolean selected = report != null;
        selectedTitle.setVisible(selected);
        links.setVisible(selected);
        units.setVisible(selected);
        if (!selected) {
            return;
        }
        selectedTitle.setText(report.title());
        units.setItems(reports.get(report.id()).units());
        if (report.built()) {
            long id = report.id();
            var handler = DownloadHandler.fromInputStream(event -> {
                byte[] pdf = reports.pdf(id);
                return new DownloadResponse(
                        new ByteArrayInputStream(pdf),
                        "inspection-report-" + id + ".pdf",
                        "application/pdf",
                        pdf.length);
            });
            Anchor anchor = new Anchor(handler.inline(), getTranslation("inspection.openPdf"));
            anchor.setTarget("_blank");
            links.add(anchor);
        }
    }

    private void start() {
        try {
            InspectionReportInfo report = reports.start(from.getValue(), to.getValue());
            Notification.show(getTranslation("inspection.started", report.title()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (BusinessException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private String responsible(InspectionUnitFigures unit) {
        StringBuilder text = new StringBuilder();
        if (!unit.lateSigners().isEmpty()) {
            text.append(getTranslation("inspection.lateBy", String.join("、", unit.lateSigners())));
        }
        if (unit.missed() > 0 && !unit.missedClerks().isEmpty()) {
            text.append(text.isEmpty() ? "" : "；")
                    .append(getTranslation("inspection.missedBy", String.join("、", unit.missedClerks())));
        }
        return text.toString();
    }

    private String hours(Long seconds) {
        return seconds == null
                ? ""
                : getTranslation("inspection.hours", String.format(java.util.Locale.ROOT, "%.1f", seconds / 3600.0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inspection.title");
    }
}
