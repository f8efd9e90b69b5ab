package org.gongwen.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.gongwen.audit.AuditEntryInfo;
import org.gongwen.audit.AuditLog;
import org.gongwen.audit.AuditPersonNames;
import org.gongwen.audit.AuditUnitNames;
import org.gongwen.audit.AuditVerification;
import org.gongwen.audit.internal.AuditSearch;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.ui.ClientAddressText;

/** 审计日志 (A29): the hash-chained log with filters, the chain's verification and CSV export. */
@Route("audit")
@RolesAllowed({"ADMIN", "SUPERVISOR", "COUNTY_OFFICE"})
@Menu(title = "audit.title", order = 50, icon = "CLIPBOARD_CHECK")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    final AuditFilterForm filters;
    final Grid<AuditEntryInfo> grid = new Grid<>();
    final Button verify = new Button();
    final Span verification = new Span();
    final Anchor export;
    private final transient AuditSearch search;
    private final transient AuditLog log;
    private Long brokenId;

    public AuditView(AuditSearch search, AuditLog log, AuditUnitNames units, AuditPersonNames people, CountyZone zone) {
        this.search = search;
        this.log = log;
        Map<Long, String> unitNames = units.unitNames();
        Map<String, String> names = new HashMap<>();
        AuditEntryTexts texts = new AuditEntryTexts(
                this::getTranslation,
                username -> names.computeIfAbsent(
                        username, u -> people.fullNameOf(u).orElse(u)));
        filters = new AuditFilterForm(unitNames, zone, this::refresh);
        grid.addColumn(e -> isBroken(e) ? "⚠ " + e.id() : Long.toString(e.id()))
                .setHeader(getTranslation("audit.col.id"))
                .setWidth("6em")
                .setFlexGrow(0);
        grid.addColumn(e -> zone.formatTimeWithSeconds(e.at()))
                .setHeader(getTranslation("audit.col.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(texts::actor)
                .setHeader(getTranslation("audit.col.actor"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e ->
                        e.actorUnitId() == null ? "" : unitNames.getOrDefault(e.actorUnitId(), "#" + e.actorUnitId()))
                .setHeader(getTranslation("audit.col.unit"))
                .setWidth("12em")
                .setFlexGrow(1)
                .setTooltipGenerator(e -> e.actorUnitId() == null ? null : unitNames.get(e.actorUnitId()));
        grid.addColumn(e -> e.action() == null
                        ? ""
                        : getTranslation("audit.action." + e.action().name()))
                .setHeader(getTranslation("audit.col.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(texts::target)
                .setHeader(getTranslation("audit.col.target"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(texts::detail)
                .setHeader(getTranslation("audit.col.detail"))
                .setWidth("16em")
                .setFlexGrow(3)
                .setTooltipGenerator(texts::detail);
        grid.addColumn(e -> ClientAddressText.of(e.clientAddress()))
                .setHeader(getTranslation("audit.col.address"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPartNameGenerator(e -> isBroken(e) ? "audit-broken" : null);
        grid.setTooltipGenerator(e -> isBroken(e) ? verification.getText() : null);
        grid.setEmptyStateText(getTranslation("empty.audit"));
        grid.setHeight("60vh");
        verify.setText(getTranslation("audit.verify"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(e -> verifyChain());
        export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
                    search.exportCsv(filters.filter(), csv);
                    byte[] bytes = csv.toByteArray();
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes),
                            "audit-" + LocalDate.now(zone.zone()) + ".csv",
                            "text/csv;charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("audit.export"));
        HorizontalLayout actions = new HorizontalLayout(verify, export, verification);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("audit.title")), filters, actions, grid);
        refresh();
    }

    void refresh() {
        var filter = filters.filter();
        grid.setItems(query -> search.find(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, search.count(filter)));
    }

    void verifyChain() {
        AuditVerification result = log.verify();
        brokenId = result.ok() ? null : result.firstBrokenId();
        verification.getElement().getThemeList().clear();
        if (result.ok()) {
            verification.setText(getTranslation("audit.verify.ok", result.checked()));
            verification.getElement().getThemeList().add("badge success");
        } else {
            verification.setText(getTranslation(
                    "audit.verify.broken",
                    result.firstBrokenId(),
                    getTranslation("audit.verify.reason." + result.reason().name()),
                    result.checked()));
            verification.getElement().getThemeList().add("badge error");
        }
        grid.getDataProvider().refreshAll();
    }

    boolean isBroken(AuditEntryInfo entry) {
        return brokenId != null && entry.id() == brokenId;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
