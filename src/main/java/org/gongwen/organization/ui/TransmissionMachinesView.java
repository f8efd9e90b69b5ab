package org.gongwen.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.internal.MachineKind;
import org.gongwen.organization.internal.NewTransmissionMachine;
import org.gongwen.organization.internal.TransmissionMachineInfo;
import org.gongwen.organization.internal.TransmissionMachineService;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;

/**
 * 传输设备 (A37): a unit's dedicated transmission computers and printers and the named person in
 * charge of each; the unit's technician keeps the register, county roles read every unit's.
 */
@Route("machines")
@RolesAllowed({
    Role.Names.TECHNICIAN,
    Role.Names.LEADER,
    Role.Names.COUNTY_OFFICE,
    Role.Names.SUPERVISOR,
    Role.Names.ADMIN
})
@Menu(title = "machine.title", order = 23, icon = "PRINT")
public class TransmissionMachinesView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<UnitInfo> unit = new ComboBox<>();
    final Grid<TransmissionMachineInfo> grid = new Grid<>();
    final Select<MachineKind> kind = new Select<>();
    final TextField name = new TextField();
    final TextField assetNumber = new TextField();
    final TextField location = new TextField();
    final ComboBox<PersonInfo> responsible = new ComboBox<>();
    final Button register = new Button();
    private final transient TransmissionMachineService machines;
    private final transient OrganizationService organization;
    private final boolean keeper;
    private final long ownUnitId;
    private final boolean admin;

    public TransmissionMachinesView(
            TransmissionMachineService machines,
            OrganizationService organization,
            AuthenticatedUser authenticatedUser) {
        this.machines = machines;
        this.organization = organization;
        CurrentUser me = authenticatedUser.require();
        this.ownUnitId = me.unitId();
        this.admin = me.hasRole(Role.Names.ADMIN);
        this.keeper = admin || me.hasRole(Role.Names.TECHNICIAN);
        setWidthFull();
        unit.setLabel(getTranslation("machine.unit"));
        unit.setItemLabelGenerator(UnitInfo::fullName);
        unit.setWidth("24em");
        unit.setVisible(me.isCountyWide());
        if (me.isCountyWide()) {
            unit.setItems(organization.units());
            organization.unit(me.unitId()).ifPresent(unit::setValue);
        }
        unit.addValueChangeListener(e -> refresh());

        grid.setEmptyStateText(getTranslation("empty.machines"));
        grid.addColumn(m -> getTranslation("machineKind." + m.kind().name()))
                .setHeader(getTranslation("machine.kind"))
                .setAutoWidth(true);
        grid.addColumn(TransmissionMachineInfo::name)
                .setHeader(getTranslation("machine.name"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.assetNumber() == null ? "" : m.assetNumber())
                .setHeader(getTranslation("machine.assetNumber"));
        grid.addColumn(m -> m.location() == null ? "" : m.location())
                .setHeader(getTranslation("machine.location"))
                .setFlexGrow(2);
        grid.addColumn(m ->
                        m.responsibleName() + (m.responsibleMobile() == null ? "" : "（" + m.responsibleMobile() + "）"))
                .setHeader(getTranslation("machine.responsible"))
                .setFlexGrow(2);
        if (keeper) {
            grid.addComponentColumn(m -> {
                        Button remove = new Button(VaadinIcon.TRASH.create(), e -> act(() -> machines.remove(m.id())));
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                        remove.setAriaLabel(getTranslation("machine.remove"));
                        return remove;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);

        kind.setLabel(getTranslation("machine.kind"));
        kind.setItems(MachineKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("machineKind." + k.name()));
        kind.setValue(MachineKind.COMPUTER);
        name.setLabel(getTranslation("machine.name"));
        assetNumber.setLabel(getTranslation("machine.assetNumber"));
        location.setLabel(getTranslation("machine.location"));
        responsible.setLabel(getTranslation("machine.responsible"));
        responsible.setItemLabelGenerator(PersonInfo::fullName);
        register.setText(getTranslation("machine.register"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> act(() -> machines.register(
                selectedUnit(),
                new NewTransmissionMachine(
                        kind.getValue(),
                        name.getValue(),
                        assetNumber.getValue(),
                        location.getValue(),
                        responsible.getValue() == null
                                ? null
                                : responsible.getValue().id()))));
        HorizontalLayout form = new HorizontalLayout(kind, name, assetNumber, location, responsible, register);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(keeper);
        add(new H2(getTranslation("machine.title")), unit, grid, form);
        refresh();
    }

    private long selectedUnit() {
        return unit.getValue() == null ? ownUnitId : unit.getValue().id();
    }

    void refresh() {
        long unitId = selectedUnit();
        grid.setItems(machines.list(unitId));
        responsible.setItems(organization.peopleOfUnit(unitId).stream()
                .filter(PersonInfo::active)
                .toList());
        register.setEnabled(admin || unitId == ownUnitId);
    }

    private void act(Runnable action) {
        try {
            action.run();
            name.clear();
            assetNumber.clear();
            location.clear();
            refresh();
        } catch (BusinessException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("machine.title");
    }
}
