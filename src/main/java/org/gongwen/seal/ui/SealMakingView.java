package org.gongwen.seal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.seal.internal.SealArchive;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealMakingService;
import org.gongwen.seal.internal.SealRecord;
import org.gongwen.shared.BusinessException;

/**
 * The information centre's making console (A21, A23): approved applications, each with the
 * seal image made from its impression shown at true size, made with one confirmed click.
 */
@Route("seals/making")
@RolesAllowed(Role.Names.INFO_CENTER)
@Menu(title = "sealMaking.title", order = 26, icon = "COG")
public class SealMakingView extends VerticalLayout implements HasDynamicTitle {

    final Grid<SealInfo> grid = new Grid<>();
    final Div preview = new Div();
    final Button make = new Button();
    private final transient SealArchive archive;
    private final transient SealMakingService making;

    public SealMakingView(SealArchive archive, SealMakingService making, OrganizationService organization) {
        this.archive = archive;
        this.making = making;
        setWidthFull();
        grid.setEmptyStateText(getTranslation("empty.sealMaking"));
        SealColumns.unit(grid, new SealColumns.UnitNames(organization));
        SealColumns.nameAndType(grid);
        grid.setHeight("14em");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        make.setText(getTranslation("sealMaking.make"));
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.setEnabled(false);
        make.addClickListener(e -> makeSelected());
        add(
                new H2(getTranslation("sealMaking.title")),
                new Paragraph(getTranslation("sealMaking.intro")),
                grid,
                new HorizontalLayout(make),
                preview);
        refresh();
    }

    private void refresh() {
        grid.setItems(making.awaiting());
        show(null);
    }

    private void show(SealInfo seal) {
        preview.removeAll();
        make.setEnabled(seal != null);
        if (seal == null) {
            return;
        }
        SealRecord record = archive.record(seal.id());
        if (record.hasImage()) {
            preview.add(new Paragraph(getTranslation("sealMaking.previewCaption", record.impressionFilename())));
            preview.add(SealPictures.trueSize(archive.image(seal.id()), diameterOf(record), seal.name()));
        } else {
            preview.add(new Paragraph(getTranslation("sealMaking.willDraw")));
        }
    }

    private double diameterOf(SealRecord record) {
        return record.imageDiameterMm();
    }

    void makeSelected() {
        SealInfo seal = grid.asSingleSelect().getValue();
        if (seal == null) {
            return;
        }
        try {
            making.make(seal.id());
            Notification.show(getTranslation("sealMaking.done", seal.name()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BusinessException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sealMaking.title");
    }
}
