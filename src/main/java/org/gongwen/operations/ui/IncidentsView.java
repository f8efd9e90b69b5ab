package org.gongwen.operations.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.gongwen.operations.IncidentInfo;
import org.gongwen.operations.IncidentReports;
import org.gongwen.operations.IncidentService;
import org.gongwen.security.PersonNames;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Translations;

/** 故障记录: the incident reports with their timelines, exportable as CSV, the selected one as PDF (A31). */
@Route("incidents")
@RolesAllowed({"INFO_CENTER", "COUNTY_OFFICE", "ADMIN"})
@Menu(title = "incident.title", order = 43, icon = "EXCLAMATION_CIRCLE")
public class IncidentsView extends VerticalLayout implements HasDynamicTitle {

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
        grid.addColumn(IncidentInfo::what).setHeader(getTranslation("incident.col.what")).setFlexGrow(3);
        grid.addColumn(this::status).setHeader(getTranslation("incident.col.status"));
        grid.setItems(incidents.incidents());
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = IncidentReports.csv(incidents.incidents(), translations, zone, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(csv), "incidents.csv", "text/csv;charset=UTF-8",
                    csv.length);
        }), getTranslation("incident.export"));
        pdf.setText(getTranslation("incident.exportPdf"));
        pdf.setVisible(false);
        add(new H2(getTranslation("incident.title")), new HorizontalLayout(export, pdf), grid, timeline);
    }

    private void select(IncidentInfo incident) {
        timeline.setText(incident == null ? "" : timeline(incident));
        pdf.setVisible(incident != null);
        if (incident != null) {
            long id = incident.id();
            pdf.setHref(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = incidents.reportPdf(id);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "incident-" + id + ".pdf",
                        "application/pdf", bytes.length);
            }));
        }
    }

    String status(IncidentInfo incident) {
        if (incident.restored()) {
            return getTranslation("incident.status.restored");
        }
        return getTranslation(incident.paperMode() ? "incident.status.paper" : "incident.status.handling");
    }

    String timeline(IncidentInfo i) {
        StringBuilder text = new StringBuilder();
        line(text, "incident.timeline.reported", i.reportedAt(), names.of(i.reportedBy()) + " · " + i.reporterUnitName());
        text.append(getTranslation("incident.col.since")).append(": ").append(zone.formatTimeWithSeconds(i.since()))
                .append('\n').append(getTranslation("incident.col.impact")).append(": ").append(i.impact()).append('\n');
        line(text, "incident.timeline.handled", i.handledAt(), names.of(i.handledBy()) + ": " + i.diagnosis() + " / " + i.actions());
        line(text, "incident.timeline.paperFrom", i.paperFrom(), "");
        line(text, "incident.timeline.paperTo", i.paperTo(), "");
        line(text, "incident.timeline.restored", i.restoredAt(), names.of(i.restoredBy()) + (i.notes() == null ? "" : ": " + i.notes()));
        return text.toString();
    }

    private void line(StringBuilder text, String key, java.time.Instant at, String detail) {
        if (at != null) {
            text.append(zone.formatTimeWithSeconds(at)).append("  ").append(getTranslation(key)).append("  ")
                    .append(detail).append('\n');
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incident.title");
    }
}
