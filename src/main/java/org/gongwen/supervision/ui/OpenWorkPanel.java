package org.gongwen.supervision.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.gongwen.supervision.internal.DeskLoad;
import org.gongwen.supervision.internal.OpenWork;

/** Open tasks per unit and per person, the desks with the most overdue tasks first. */
class OpenWorkPanel extends VerticalLayout {

    final Grid<DeskLoad> units = new Grid<>();
    final Grid<DeskLoad> people = new Grid<>();

    OpenWorkPanel(ProcessWords words) {
        setPadding(false);
        units.setId("open-work-units");
        units.addColumn(d -> d.unitName() == null ? getTranslation("processes.noUnit") : d.unitName())
                .setHeader(getTranslation("processes.col.unit"))
                .setFlexGrow(3);
        units.addColumn(DeskLoad::open)
                .setHeader(getTranslation("processes.col.open"))
                .setAutoWidth(true);
        units.addColumn(DeskLoad::overdue)
                .setHeader(getTranslation("processes.col.overdue"))
                .setAutoWidth(true);
        people.setId("open-work-people");
        people.addColumn(d -> d.personUsername() == null ? words.person(null, d.personName()) : d.personName())
                .setHeader(getTranslation("processes.col.person"))
                .setFlexGrow(2);
        people.addColumn(d -> d.unitName() == null ? "—" : d.unitName())
                .setHeader(getTranslation("processes.col.unit"))
                .setFlexGrow(2);
        people.addColumn(DeskLoad::open)
                .setHeader(getTranslation("processes.col.open"))
                .setAutoWidth(true);
        people.addColumn(DeskLoad::overdue)
                .setHeader(getTranslation("processes.col.overdue"))
                .setAutoWidth(true);
        for (Grid<DeskLoad> grid : java.util.List.of(units, people)) {
            grid.setHeight("18em");
            grid.setEmptyStateText(getTranslation("processes.noOpenWork"));
            grid.setClassNameGenerator(d -> d.overdue() > 0 ? "overdue" : null);
        }
        VerticalLayout left = new VerticalLayout(new H3(getTranslation("processes.openWork.units")), units);
        VerticalLayout right = new VerticalLayout(new H3(getTranslation("processes.openWork.people")), people);
        left.setPadding(false);
        right.setPadding(false);
        HorizontalLayout both = new HorizontalLayout(left, right);
        both.setWidthFull();
        add(both);
    }

    void show(OpenWork work) {
        units.setItems(work.units());
        people.setItems(work.people());
    }
}
