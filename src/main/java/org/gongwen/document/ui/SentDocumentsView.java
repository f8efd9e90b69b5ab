package org.gongwen.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.gongwen.document.DistributionLookup;
import org.gongwen.document.DistributionSummary;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.DocumentStatus;
import org.gongwen.document.SendProgress;
import org.gongwen.document.internal.DocumentService;
import org.gongwen.organization.Role;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.springframework.beans.factory.ObjectProvider;

/**
 * 发文: the unit's documents with their status, and for a chosen one how each recipient stands.
 * {@code documents/<id>} opens one document: any the reader may see, so also another unit's for
 * county-wide roles (流程看板 links here).
 */
@Route("documents/:documentId?([0-9]+)")
@RolesAllowed({
    Role.Names.CLERK,
    Role.Names.LEADER,
    Role.Names.SEAL_CUSTODIAN,
    Role.Names.COUNTY_OFFICE,
    Role.Names.SUPERVISOR,
    Role.Names.ADMIN
})
@Menu(title = "sent.title", order = 11, icon = "OUTBOX")
public class SentDocumentsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final Set<DocumentStatus> EDITABLE =
            EnumSet.of(DocumentStatus.DRAFT, DocumentStatus.RETURNED, DocumentStatus.RETURNED_BY_COUNTY);

    final Grid<DocumentInfo> grid = new Grid<>();
    final Button draft = new Button();
    final H3 selectedTitle = new H3();
    final HorizontalLayout links = new HorizontalLayout();
    final DistributionGrid distributions;
    final Paragraph noDistributions = new Paragraph();
    private final transient DocumentService documents;
    private final transient ObjectProvider<DistributionLookup> lookup;
    private final List<DocumentInfo> mine;
    private Map<Long, SendProgress> progress;

    public SentDocumentsView(DocumentService documents, ObjectProvider<DistributionLookup> lookup, CountyZone zone) {
        this.documents = documents;
        this.lookup = lookup;
        this.distributions = new DistributionGrid(zone);
        setWidthFull();
        grid.addColumn(d -> d.docNumber() == null ? getTranslation("sent.unnumbered") : d.docNumber())
                .setHeader(getTranslation("sent.col.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DocumentInfo::title)
                .setHeader(getTranslation("sent.col.title"))
                .setWidth("16em")
                .setFlexGrow(3)
                .setTooltipGenerator(DocumentInfo::title);
        grid.addColumn(d -> getTranslation("documentKind." + d.kind().name()))
                .setHeader(getTranslation("sent.col.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::statusOf)
                .setHeader(getTranslation("sent.col.status"))
                .setFlexGrow(2)
                .setTooltipGenerator(this::statusOf);
        grid.addColumn(d -> zone.formatTime(d.updatedAt()))
                .setHeader(getTranslation("sent.col.updated"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setHeight("20em");
        grid.setEmptyStateText(getTranslation("empty.sent"));
        mine = documents.mine();
        progress = progressOf(mine);
        grid.setItems(mine);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        draft.setText(getTranslation("sent.newDraft"));
        draft.setIcon(VaadinIcon.PLUS.create());
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draft.addClickListener(e -> UI.getCurrent().navigate(DraftingView.class));
        distributions.setId("sent-distributions");
        noDistributions.setText(getTranslation("sent.noDistributions"));
        add(new H2(getTranslation("sent.title")), draft, grid, selectedTitle, links, noDistributions, distributions);
        show(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().getLong("documentId").ifPresent(this::open);
    }

    /** Selects the document, listed first when it is not the reader's unit's own. */
    void open(long id) {
        DocumentInfo document;
        try {
            document = documents.get(id);
        } catch (BusinessException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        DocumentInfo listed =
                mine.stream().filter(d -> d.id() == id).findFirst().orElse(null);
        if (listed == null) {
            List<DocumentInfo> items = new ArrayList<>(mine);
            items.add(0, document);
            progress = progressOf(items);
            grid.setItems(items);
            listed = document;
        }
        grid.select(listed);
    }

    void show(DocumentInfo document) {
        links.removeAll();
        boolean selected = document != null;
        selectedTitle.setVisible(selected);
        links.setVisible(selected);
        List<DistributionSummary> rows = selected ? distributionsOf(document.id()) : List.of();
        distributions.show(rows);
        distributions.setVisible(!rows.isEmpty());
        noDistributions.setVisible(selected && rows.isEmpty());
        if (!selected) {
            return;
        }
        selectedTitle.setText(document.title());
        long id = document.id();
        links.add(download(
                getTranslation("sent.layout"),
                "document-" + id + ".pdf",
                "application/pdf",
                () -> documents.layout(id),
                true));
        if (EDITABLE.contains(document.status())) {
            Button edit = new Button(
                    getTranslation("sent.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> UI.getCurrent().navigate(DraftingView.class, new RouteParameters("id", String.valueOf(id))));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            links.add(edit);
        }
        if (document.hasDocx()) {
            links.add(download(
                    getTranslation("sent.docx"),
                    "document-" + id + ".docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    () -> documents.docx(id).orElse(new byte[0]),
                    false));
        }
    }

    /** 已发出 with how many recipients have signed for it (and returned it), or the status alone. */
    String statusOf(DocumentInfo document) {
        String status = getTranslation("documentStatus." + document.status().name());
        SendProgress p = progress.get(document.id());
        if (document.status() != DocumentStatus.SENT || p == null) {
            return status;
        }
        return p.returned() == 0
                ? getTranslation("sent.progress", status, p.signed(), p.recipients())
                : getTranslation("sent.progressReturned", status, p.signed(), p.recipients(), p.returned());
    }

    private Map<Long, SendProgress> progressOf(List<DocumentInfo> mine) {
        DistributionLookup distributionLookup = lookup.getIfAvailable();
        List<Long> sent = mine.stream()
                .filter(d -> d.status() == DocumentStatus.SENT)
                .map(DocumentInfo::id)
                .toList();
        return distributionLookup == null ? Map.of() : distributionLookup.progress(sent);
    }

    private List<DistributionSummary> distributionsOf(long documentId) {
        DistributionLookup distributionLookup = lookup.getIfAvailable();
        return distributionLookup == null ? List.of() : distributionLookup.of(documentId);
    }

    /** The bytes are read when the link is followed, inside the signed-in session. */
    private static Anchor download(
            String text, String filename, String mediaType, Supplier<byte[]> bytes, boolean inline) {
        var handler = DownloadHandler.fromInputStream(event -> {
            byte[] data = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(data), filename, mediaType, data.length);
        });
        Anchor anchor = new Anchor(inline ? handler.inline() : handler, text);
        anchor.setTarget("_blank");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sent.title");
    }
}
