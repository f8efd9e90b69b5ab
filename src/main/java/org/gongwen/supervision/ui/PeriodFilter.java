package org.gongwen.supervision.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import org.gongwen.organization.UnitKind;

/** The fields both dashboards filter by: a period, the last 30 days up to today at first, and a unit kind. */
final class PeriodFilter {

    private PeriodFilter() {}

    /** Labels and fills the fields; {@code changed} runs whenever one of them changes. */
    static void setUp(
            DatePicker from, DatePicker to, Select<UnitKind> kind, LocalDate today, SerializableRunnable changed) {
        from.setLabel(from.getTranslation("dashboard.from"));
        from.setValue(today.minusDays(29));
        to.setLabel(to.getTranslation("dashboard.to"));
        to.setValue(today);
        kind.setLabel(kind.getTranslation("dashboard.unitKind"));
        kind.setItems(UnitKind.TOWN, UnitKind.DEPARTMENT, UnitKind.AFFILIATED_INSTITUTION);
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(kind.getTranslation("inbox.filter.all"));
        kind.setItemLabelGenerator(
                k -> k == null ? kind.getTranslation("inbox.filter.all") : kind.getTranslation("unitKind." + k.name()));
        from.addValueChangeListener(e -> changed.run());
        to.addValueChangeListener(e -> changed.run());
        kind.addValueChangeListener(e -> changed.run());
    }
}
