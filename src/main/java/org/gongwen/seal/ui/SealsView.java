package org.gongwen.seal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.seal.SealDirectory;
import org.gongwen.seal.internal.CertificateDetails;
import org.gongwen.seal.internal.SealApplicationService;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealRevocationService;
import org.gongwen.seal.internal.SealStatus;
import org.gongwen.security.PersonNames;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;

/**
 * My unit's electronic seals: status, certificate serial and validity, the certificate itself.
 * {@code seals/<id>} opens one seal: any the reader may see, so also another unit's for county-wide
 * roles (流程看板 links here).
 */
@Route("seals/:sealId?([0-9]+)")
@PermitAll
@Menu(title = "seals.title", order = 25, icon = "DIPLOMA")
public class SealsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<SealInfo> grid = new Grid<>();
    final Pre certificate = new Pre();
    final CertificatePanel certificateDetails;
    final SealHistoryGrid history;
    final Div picture = new Div();

    final Button apply = new Button();
    final Button revoke = new Button();
    private final transient SealRevocationService revocations;
    private final transient SealApplicationService applications;
    private final transient SealDirectory seals;
    private final List<SealInfo> mine;

    public SealsView(
            SealDirectory seals,
            SealApplicationService applications,
            SealRevocationService revocations,
            CountyZone zone,
            PersonNames names) {
        this.revocations = revocations;
        this.applications = applications;
        this.seals = seals;
        this.certificateDetails = new CertificatePanel(zone);
        this.history = new SealHistoryGrid(zone, names);
        setWidthFull();
        mine = seals.mine();
        grid.setEmptyStateText(getTranslation("empty.seals"));
        SealColumns.nameAndType(grid);
        SealColumns.statusAndCertificate(grid, zone);
        grid.setItems(mine);
        grid.setHeight("16em");
        certificate.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("white-space", "pre-wrap");
        grid.asSingleSelect().addValueChangeListener(e -> {
            showDetails(e.getValue());
            revoke.setEnabled(e.getValue() != null
                    && ownUnits(e.getValue())
                    && (e.getValue().status() == SealStatus.ACTIVE
                            || e.getValue().status() == SealStatus.MADE));
        });
        revoke.setText(getTranslation("sealRevocation.open"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(false);
        revoke.addClickListener(e -> openRevocation());
        apply.setText(getTranslation("sealApplication.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> openApplication());
        add(new H2(getTranslation("seals.title")), new HorizontalLayout(apply, revoke));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("seals.none")));
        }
        HorizontalLayout details = new HorizontalLayout(picture, new VerticalLayout(certificateDetails, certificate));
        details.setWidthFull();
        add(grid, details, history);
        history.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().getLong("sealId").ifPresent(this::open);
    }

    /** Selects the seal, listed first when it is not the reader's unit's own. */
    void open(long id) {
        SealInfo seal;
        try {
            seal = seals.get(id);
        } catch (BusinessException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        SealInfo listed = mine.stream().filter(s -> s.id() == id).findFirst().orElse(null);
        if (listed == null) {
            List<SealInfo> items = new ArrayList<>(mine);
            items.add(0, seal);
            grid.setItems(items);
            listed = seal;
        }
        grid.select(listed);
    }

    /** Only the unit's own seals may be revoked here; another unit's, opened by its address, is only shown. */
    private boolean ownUnits(SealInfo seal) {
        return mine.stream().anyMatch(m -> m.unitId() == seal.unitId());
    }

    private void showDetails(SealInfo seal) {
        picture.removeAll();
        boolean made = seal != null && seal.serialNumber() != null;
        String pem = made ? seals.certificatePem(seal.id()) : "";
        certificate.setText(pem);
        certificateDetails.show(made ? CertificateDetails.of(pem) : null);
        if (seal != null) {
            seals.imageIfAny(seal.id())
                    .ifPresent(png -> picture.add(SealPictures.trueSize(png.png(), png.diameterMm(), seal.name())));
            history.show(seals.history(seal.id()));
        }
        history.setVisible(seal != null);
    }

    SealApplicationDialog openApplication() {
        SealApplicationDialog dialog = new SealApplicationDialog(applications);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                grid.setItems(seals.mine());
            }
        });
        dialog.open();
        return dialog;
    }

    SealRevocationDialog openRevocation() {
        SealRevocationDialog dialog =
                new SealRevocationDialog(revocations, grid.asSingleSelect().getValue());
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seals.title");
    }
}
