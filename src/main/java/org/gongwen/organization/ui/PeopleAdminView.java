package org.gongwen.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.internal.PeopleAdminService;
import org.gongwen.shared.BusinessException;

/** Administrators add people to units and change their roles (A6, A8, A30). */
@Route("admin/people")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "people.title", order = 40, icon = "USERS")
public class PeopleAdminView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<UnitInfo> unit = new ComboBox<>();
    final Grid<PersonInfo> people = new Grid<>();
    final CheckboxGroup<Role> selectedRoles = new CheckboxGroup<>();
    final Button saveRoles = new Button();
    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final TextField mobile = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final PasswordField initialPassword = new PasswordField();
    final Button add = new Button();

    private final transient OrganizationService organization;
    private final transient PeopleAdminService admin;

    public PeopleAdminView(OrganizationService organization, PeopleAdminService admin) {
        this.organization = organization;
        this.admin = admin;
        unit.setLabel(getTranslation("people.unit"));
        unit.setItems(organization.units());
        unit.setItemLabelGenerator(UnitInfo::fullName);
        unit.setWidth("24em");
        unit.addValueChangeListener(e -> refresh());
        people.addColumn(PersonInfo::username).setHeader(getTranslation("people.username"));
        people.addColumn(PersonInfo::fullName).setHeader(getTranslation("people.fullName"));
        people.addColumn(p -> label(p.roles()))
                .setHeader(getTranslation("people.roles"))
                .setFlexGrow(2);
        people.addColumn(PersonInfo::mobile).setHeader(getTranslation("people.mobile"));
        people.setEmptyStateText(getTranslation("empty.people.pickUnit"));
        people.setHeight("22em");
        people.asSingleSelect().addValueChangeListener(e -> {
            selectedRoles.setValue(
                    e.getValue() == null ? Set.of() : e.getValue().roles());
            saveRoles.setEnabled(e.getValue() != null);
        });
        configureRoles(selectedRoles);
        saveRoles.setText(getTranslation("people.saveRoles"));
        saveRoles.setEnabled(false);
        saveRoles.addClickListener(e -> saveRoles());
        configureRoles(roles);
        username.setLabel(getTranslation("people.username"));
        fullName.setLabel(getTranslation("people.fullName"));
        mobile.setLabel(getTranslation("people.mobile"));
        email.setLabel(getTranslation("people.email"));
        initialPassword.setLabel(getTranslation("people.initialPassword"));
        initialPassword.setHelperText(getTranslation("people.initialPasswordHelp"));
        add.setText(getTranslation("people.save"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> add());
        add(
                new H2(getTranslation("people.title")),
                unit,
                people,
                new HorizontalLayout(selectedRoles, saveRoles),
                new H3(getTranslation("people.add")),
                new FormLayout(username, fullName, mobile, email, initialPassword, roles),
                add);
    }

    private void configureRoles(CheckboxGroup<Role> group) {
        group.setLabel(getTranslation("people.roles"));
        group.setItems(Role.values());
        group.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
    }

    private String label(Set<Role> set) {
        return set.stream()
                .sorted()
                .map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining("、"));
    }

    private void refresh() {
        people.setEmptyStateText(
                getTranslation(unit.getValue() == null ? "empty.people.pickUnit" : "empty.people.none"));
        people.setItems(
                unit.getValue() == null
                        ? java.util.List.of()
                        : organization.peopleOfUnit(unit.getValue().id()));
    }

    void add() {
        if (unit.getValue() == null) {
            unit.setInvalid(true);
            unit.setErrorMessage(getTranslation("form.error.required"));
            return;
        }
        try {
            PersonInfo created = admin.add(new PeopleAdminService.NewPerson(
                    username.getValue().trim(),
                    fullName.getValue(),
                    unit.getValue().id(),
                    mobile.getValue().trim(),
                    email.getValue().trim(),
                    roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()),
                    initialPassword.getValue()));
            success(getTranslation("people.added", created.fullName()));
            username.clear();
            fullName.clear();
            mobile.clear();
            email.clear();
            initialPassword.clear();
            roles.clear();
            refresh();
        } catch (BusinessException e) {
            error(getTranslation(e.messageKey(), e.args()));
        }
    }

    void saveRoles() {
        PersonInfo person = people.asSingleSelect().getValue();
        if (person == null) {
            return;
        }
        PersonInfo saved = organization.changeRoles(
                person.id(),
                selectedRoles.getValue().isEmpty()
                        ? EnumSet.noneOf(Role.class)
                        : EnumSet.copyOf(selectedRoles.getValue()));
        success(getTranslation("people.rolesSaved", saved.fullName()));
        refresh();
    }

    private static void success(String text) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(String text) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
