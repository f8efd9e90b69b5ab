package org.gongwen.operations.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongwen.operations.IncidentService;
import org.gongwen.operations.internal.IncidentHandling;
import org.gongwen.operations.internal.IncidentInfo;
import org.gongwen.operations.internal.IncidentReports;
import org.gongwen.security.PersonNames;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Translations;

/**
 * 故障记录: the incident reports with their timelines, exportable as CSV, the selected one as PDF (A31).
 * {@code incidents/<id>} opens with that report selected (流程看板 links here).
 */
@Route("incidents/:incidentId?([0-9]+)")
@RolesAllowed({"INFO_CENTER", "COUNTY_OFFICE", "ADMIN"})
@Menu(title = "incident.title", order = 43, icon = "EXCLAMATION_CIRCLE")
public class IncidentsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<IncidentInfo> grid = new Grid<>();
    final Pre timeline = new Pre();
    final Anchor export;
    final Anchor pdf = new Anchor();
    private final transient IncidentService incidents;
    private final CountyZone zone;
    private final transient PersonNames names;

    public IncidentsView(IncidentService incidents, Translations translations, CountyZone zone, PersonNames names) {
        this.names = names;
        this.incidents = incidents;
        this.zone = zone;
        setSizeFull();
        grid.setEmptyStateText(getTranslation("empty.incidents"));
        grid.addColumn(IncidentInfo::id).setHeader("#").setFlexGrow(0).setWidth("5em");
        grid.addColumn(i -> zone.formatTimeWithSeconds(i.reportedAt()))
                .setHeader(getTranslation("incident.col.reportedAt"));
        grid.addColumn(IncidentInfo::reporterUnitName).setHeader(getTranslation("incident.col.unit"));
        grid.addColumn(IncidentInfo::what)
                .setHeader(getTranslation("incident.col.what"))
                .setFlexGrow(3);
        grid.addColumn(this::status).setHeader(getTranslation("incident.col.status"));
        grid.setItems(incidents.incidents());
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = IncidentReports.csv(incidents.incidents(), translations, zone, getLocale());
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv), "incidents.csv", "text/csv;charset=UTF-8", csv.length);
                }),
                getTranslation("incident.export"));
        pdf.setText(getTranslation("incident.exportPdf"));
        pdf.setVisible(false);
        add(new H2(getTranslation("incident.title")), new HorizontalLayout(export, pdf), grid, timeline);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters()
                .getLong("incidentId")
                .ifPresent(id -> grid.getListDataView()
                        .getItems()
                        .filter(i -> i.id() == id)
                        .findFirst()
                        .ifPresent(grid::select));
    }

    private void select(IncidentInfo incident) {
        timeline.setText(incident == null ? "" : timeline(incident));
        pdf.setVisible(incident != null);
        if (incident != null) {
            long id = incident.id();
            pdf.setHref(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = incidents.reportPdf(id);
                return new DownloadResponse(
                        new ByteArrayInputStream(bytes), "incident-" + id + ".pdf", "application/pdf", bytes.length);
            }));
        }
    }

    String status(IncidentInfo incident) {
        if (incident.restored()) {
            return getTranslation("incident.status.restored");
        }
        return getTranslation(incident.paperMode() ? "incident.status.paper" : "incident.status.handling");
    }

    /** The report, then what followed in time order; events at the same moment keep the order they happen in. */
    String timeline(IncidentInfo i) {
        List<Map.Entry<Instant, String>> events = new ArrayList<>();
        for (IncidentHandling round : i.handlings()) {
            event(
                    events,
                    "incident.timeline.handled",
                    round.handledAt(),
                    getTranslation("incident.pdf.round", String.valueOf(round.round())) + " · "
                            + names.of(round.handledBy()) + ": " + round.diagnosis()
                            + " / " + round.actions());
        }
        event(events, "incident.timeline.paperFrom", i.paperFrom(), "");
        event(events, "incident.timeline.paperTo", i.paperTo(), "");
        event(
                events,
                "incident.timeline.restored",
                i.restoredAt(),
                names.of(i.restoredBy()) + (i.notes() == null ? "" : ": " + i.notes()));
        events.sort(Map.Entry.comparingByKey());
        StringBuilder text = new StringBuilder();
        text.append(zone.formatTimeWithSeconds(i.reportedAt()))
                .append("  ")
                .append(getTranslation("incident.timeline.reported"))
                .append("  ")
                .append(names.of(i.reportedBy()))
                .append(" · ")
                .append(i.reporterUnitName())
                .append('\n');
        text.append(getTranslation("incident.col.since"))
                .append(": ")
                .append(zone.formatTimeWithSeconds(i.since()))
                .append('\n')
                .append(getTranslation("incident.col.impact"))
                .append(": ")
                .append(i.impact())
                .append('\n');
        events.forEach(e -> text.append(e.getValue()));
        return text.toString();
    }

    private void event(List<Map.Entry<Instant, String>> events, String key, Instant at, String detail) {
        if (at != null) {
            events.add(
                    Map.entry(at, zone.formatTimeWithSeconds(at) + "  " + getTranslation(key) + "  " + detail + "\n"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incident.title");
    }
}
