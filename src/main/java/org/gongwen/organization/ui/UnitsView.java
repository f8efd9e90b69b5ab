package org.gongwen.organization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.UnitInfo;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;

/** The unit tree with, for units the user may see, their duty staff and roles (A2, A6). */
@Route("units")
@PermitAll
@Menu(title = "nav.units", order = 20, icon = "SITEMAP")
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    final TreeGrid<UnitInfo> tree = new TreeGrid<>();
    final Grid<PersonInfo> people = new Grid<>();
    final Paragraph hint = new Paragraph();

    private final transient OrganizationService organization;
    private final transient CurrentUser user;

    public UnitsView(OrganizationService organization, AuthenticatedUser authenticatedUser) {
        this.organization = organization;
        this.user = authenticatedUser.require();
        setSizeFull();
        List<UnitInfo> units = organization.units();
        tree.addHierarchyColumn(UnitInfo::fullName)
                .setHeader(getTranslation("units.col.name"))
                .setWidth("15em")
                .setFlexGrow(1)
                .setResizable(true)
                .setTooltipGenerator(UnitInfo::fullName);
        tree.addColumn(UnitInfo::code)
                .setHeader(getTranslation("units.col.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        tree.addColumn(u -> getTranslation("unitKind." + u.kind().name()))
                .setHeader(getTranslation("units.col.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        tree.addColumn(u -> u.docPrefix() == null ? "" : u.docPrefix())
                .setHeader(getTranslation("units.col.prefix"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        tree.addColumn(u -> getTranslation(u.holdsPhysicalSeal() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("units.col.seal"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        tree.setItems(
                units.stream().filter(u -> u.parentId() == null).toList(),
                parent -> units.stream()
                        .filter(u -> parent.id() == (u.parentId() == null ? -1 : u.parentId()))
                        .toList());
        tree.expand(units.stream().filter(u -> u.parentId() == null).toList());
        tree.asSingleSelect().addValueChangeListener(e -> showPeople(e.getValue()));
        people.addColumn(PersonInfo::fullName)
                .setHeader(getTranslation("people.col.name"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        people.addColumn(this::roles)
                .setHeader(getTranslation("people.col.roles"))
                .setWidth("8em")
                .setFlexGrow(2)
                .setTooltipGenerator(this::roles);
        people.addColumn(PersonInfo::mobile)
                .setHeader(getTranslation("people.col.mobile"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        people.addColumn(PersonInfo::email)
                .setHeader(getTranslation("people.col.email"))
                .setWidth("8em")
                .setFlexGrow(1)
                .setTooltipGenerator(PersonInfo::email);
        people.setVisible(false);
        VerticalLayout staff = new VerticalLayout(hint, people);
        staff.setPadding(false);
        staff.setWidth("42%");
        HorizontalLayout content = new HorizontalLayout(tree, staff);
        content.setSizeFull();
        tree.setWidth("58%");
        tree.setHeightFull();
        add(new H2(getTranslation("units.title")), content);
        organization.unit(user.unitId()).ifPresent(own -> tree.select(own));
    }

    void showPeople(UnitInfo unit) {
        if (unit == null) {
            people.setVisible(false);
            hint.setText("");
            return;
        }
        if (!user.maySeeUnit(unit.id())) {
            people.setVisible(false);
            hint.setText(getTranslation("units.otherUnit", unit.fullName()));
            return;
        }
        hint.setText(getTranslation("units.staffOf", unit.fullName()));
        people.setItems(organization.peopleOfUnit(unit.id()));
        people.setVisible(true);
    }

    private String roles(PersonInfo person) {
        return person.roles().stream()
                .sorted()
                .map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining("、"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title");
    }
}
