package org.gongwen.seal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.seal.internal.SealArchive;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealRecord;
import org.gongwen.seal.internal.SealSm2Migration;
import org.gongwen.seal.internal.SealStatus;
import org.gongwen.seal.internal.StoredFile;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.PersonNames;
import org.gongwen.shared.CountyZone;

/**
 * The seal archive (A28): every seal of the county with its impression scan, seal image,
 * certificate and status history, its SM2 certificate and GB/T 38540 electronic seal; the information
 * centre restores a seal from backup here, and once gives seals made before SM2 their SM2 material.
 */
@Route("seals/archive")
@RolesAllowed({Role.Names.INFO_CENTER, Role.Names.COUNTY_OFFICE, Role.Names.ADMIN})
@Menu(title = "sealArchive.title", order = 27, icon = "ARCHIVE")
public class SealArchiveView extends VerticalLayout implements HasDynamicTitle {

    final Grid<SealInfo> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<SealStatus> status = new Select<>();
    final Div pictures = new Div();
    final CertificatePanel certificate;
    final SealHistoryGrid history;
    final Button restore = new Button();
    final Button migrateSm2 = new Button();
    final SesSealPanel sesSeal;
    private final transient SealArchive archive;
    private final transient SealSm2Migration sm2Migration;
    private final SealColumns.UnitNames units;
    private final boolean infoCentre;
    private List<SealInfo> all;

    public SealArchiveView(
            SealArchive archive,
            OrganizationService organization,
            AuthenticatedUser user,
            CountyZone zone,
            PersonNames names,
            SealSm2Migration sm2Migration) {
        this.archive = archive;
        this.sm2Migration = sm2Migration;
        this.sesSeal = new SesSealPanel(zone);
        this.certificate = new CertificatePanel(zone);
        this.history = new SealHistoryGrid(zone, names);
        this.units = new SealColumns.UnitNames(organization);
        this.infoCentre = user.require().hasRole(Role.Names.INFO_CENTER);
        setWidthFull();
        grid.setEmptyStateText(getTranslation("empty.sealArchive"));
        SealColumns.unit(grid, units);
        SealColumns.nameAndType(grid);
        SealColumns.statusAndCertificate(grid, zone);
        grid.setHeight("18em");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        search.setPlaceholder(getTranslation("sealArchive.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());
        status.setPlaceholder(getTranslation("sealArchive.allStatuses"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("sealArchive.allStatuses"));
        status.setItems(SealStatus.values());
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("sealArchive.allStatuses") : getTranslation("sealStatus." + s.name()));
        status.addValueChangeListener(e -> filter());

        restore.setText(getTranslation("sealArchive.restore"));
        restore.setVisible(infoCentre);
        restore.setEnabled(false);
        restore.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        restore.addClickListener(e -> openRestore());

        migrateSm2.setText(getTranslation("sealArchive.migrateSm2"));
        migrateSm2.setVisible(infoCentre);
        migrateSm2.addClickListener(e -> migrateToSm2());

        history.setVisible(false);
        add(
                new H2(getTranslation("sealArchive.title")),
                new HorizontalLayout(search, status, restore, migrateSm2),
                grid,
                new HorizontalLayout(pictures, certificate, sesSeal),
                history);
        reload();
    }

    private void reload() {
        all = archive.all();
        filter();
    }

    private void filter() {
        String q = search.getValue() == null ? "" : search.getValue().strip();
        grid.setItems(all.stream()
                .filter(s -> status.getValue() == null || s.status() == status.getValue())
                .filter(s -> q.isEmpty()
                        || s.name().contains(q)
                        || units.of(s.unitId()).contains(q)
                        || (s.serialNumber() != null && s.serialNumber().contains(q.toLowerCase())))
                .toList());
    }

    private void show(SealInfo seal) {
        pictures.removeAll();
        certificate.show(null);
        sesSeal.removeAll();
        history.setVisible(seal != null);
        restore.setEnabled(seal != null && (seal.status() == SealStatus.ACTIVE || seal.status() == SealStatus.MADE));
        if (seal == null) {
            return;
        }
        SealRecord record = archive.record(seal.id());
        certificate.show(record.certificate());
        sesSeal.show(record.sesSeal(), seal.id(), () -> archive.sesSeal(seal.id()));
        history.show(record.history());
        if (record.hasImage()) {
            pictures.add(
                    new H3(getTranslation(record.drawnImage() ? "sealArchive.imageDrawn" : "sealArchive.image")),
                    SealPictures.trueSize(archive.image(seal.id()), record.imageDiameterMm(), seal.name()));
        }
        if (record.impressionFilename() != null) {
            StoredFile scan = archive.impression(seal.id());
            pictures.add(new H3(getTranslation("sealArchive.impression")));
            if (scan.mediaType().startsWith("image/")) {
                Image image = new Image(
                        "data:" + scan.mediaType() + ";base64,"
                                + Base64.getEncoder().encodeToString(scan.data()),
                        scan.filename());
                image.setMaxWidth("16em");
                pictures.add(image);
            }
            pictures.add(new Paragraph(new Anchor(
                    DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(scan.data()),
                            scan.filename(),
                            scan.mediaType(),
                            scan.data().length)),
                    getTranslation("sealArchive.downloadImpression", scan.filename()))));
        }
    }

    void migrateToSm2() {
        SealSm2Migration.Result result = sm2Migration.issueForExistingSeals();
        Notification.show(getTranslation("sealArchive.migrateSm2.done", result.issued(), result.alreadyIssued()));
        SealInfo selected = grid.asSingleSelect().getValue();
        reload();
        show(selected);
    }

    SealRestoreDialog openRestore() {
        SealRestoreDialog dialog =
                new SealRestoreDialog(archive, grid.asSingleSelect().getValue());
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                SealInfo selected = grid.asSingleSelect().getValue();
                reload();
                show(selected);
            }
        });
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sealArchive.title");
    }
}
