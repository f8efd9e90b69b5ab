package org.gongwen.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.internal.HandoverService;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.shared.BusinessException;

/** A unit leader starts a staff handover (A32). */
@Route("handover")
@RolesAllowed(Role.Names.LEADER)
@Menu(title = "nav.handover", order = 22, icon = "EXCHANGE")
public class HandoverView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<PersonInfo> outgoing = new ComboBox<>();
    final ComboBox<PersonInfo> successor = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button start = new Button();

    private final transient HandoverService handovers;

    public HandoverView(
            OrganizationService organization, HandoverService handovers, AuthenticatedUser authenticatedUser) {
        this.handovers = handovers;
        setMaxWidth("48em");
        List<PersonInfo> staff =
                organization.peopleOfUnit(authenticatedUser.require().unitId());
        outgoing.setLabel(getTranslation("handover.outgoing"));
        outgoing.setItems(staff);
        outgoing.setItemLabelGenerator(this::label);
        outgoing.setRequiredIndicatorVisible(true);
        outgoing.setId("handover-outgoing");
        successor.setLabel(getTranslation("handover.successor"));
        successor.setItems(staff);
        successor.setItemLabelGenerator(this::label);
        successor.setRequiredIndicatorVisible(true);
        successor.setId("handover-successor");
        roles.setLabel(getTranslation("handover.roles"));
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setId("handover-roles");
        outgoing.addValueChangeListener(e -> {
            roles.setItems(
                    e.getValue() == null
                            ? EnumSet.noneOf(Role.class)
                            : e.getValue().roles());
            if (e.getValue() != null) {
                roles.setValue(e.getValue().roles());
            }
        });
        start.setText(getTranslation("handover.start"));
        start.setId("handover-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> start());
        add(
                new H2(getTranslation("handover.title")),
                new Paragraph(getTranslation("handover.intro")),
                new FormLayout(outgoing, successor, roles),
                start);
    }

    private String label(PersonInfo p) {
        // by name and post, as colleagues know each other; the username is no business of the page
        String posts = p.roles().stream()
                .sorted()
                .map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining("、"));
        return posts.isEmpty() ? p.fullName() : p.fullName() + "（" + posts + "）";
    }

    void start() {
        outgoing.setInvalid(outgoing.getValue() == null);
        successor.setInvalid(successor.getValue() == null);
        if (outgoing.getValue() == null || successor.getValue() == null) {
            outgoing.setErrorMessage(getTranslation("form.error.required"));
            successor.setErrorMessage(getTranslation("form.error.required"));
            return;
        }
        try {
            handovers.start(
                    outgoing.getValue().id(),
                    successor.getValue().id(),
                    roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()));
        } catch (BusinessException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Notification.show(
                        getTranslation("handover.started", outgoing.getValue().fullName()),
                        4000,
                        Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        outgoing.clear();
        successor.clear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handover.title");
    }
}
