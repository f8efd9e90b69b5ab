package org.gongwen.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.internal.AuditFilter;
import org.gongwen.shared.CountyZone;

/** The viewer's filters: period, actor, action, unit, target. Fires a change on every edit. */
class AuditFilterForm extends HorizontalLayout {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField actor = new TextField();
    final ComboBox<AuditAction> action = new ComboBox<>();
    final ComboBox<Long> unit = new ComboBox<>();
    final TextField targetType = new TextField();
    final TextField targetId = new TextField();
    private final CountyZone zone;

    AuditFilterForm(Map<Long, String> unitNames, CountyZone zone, Runnable onChange) {
        this.zone = zone;
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        actor.setLabel(getTranslation("audit.filter.actor"));
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        unit.setLabel(getTranslation("audit.filter.unit"));
        unit.setItems(unitNames.keySet());
        unit.setItemLabelGenerator(id -> unitNames.getOrDefault(id, id.toString()));
        targetType.setLabel(getTranslation("audit.filter.targetType"));
        targetId.setLabel(getTranslation("audit.filter.targetId"));
        actor.setClearButtonVisible(true);
        action.setClearButtonVisible(true);
        unit.setClearButtonVisible(true);
        from.addValueChangeListener(e -> onChange.run());
        to.addValueChangeListener(e -> onChange.run());
        actor.addValueChangeListener(e -> onChange.run());
        action.addValueChangeListener(e -> onChange.run());
        unit.addValueChangeListener(e -> onChange.run());
        targetType.addValueChangeListener(e -> onChange.run());
        targetId.addValueChangeListener(e -> onChange.run());
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(from, to, actor, action, unit, targetType, targetId);
    }

    /** The period is whole days in the county, "to" inclusive. */
    AuditFilter filter() {
        return new AuditFilter(
                from.getValue() == null ? null : zone.startOf(from.getValue()),
                to.getValue() == null ? null : zone.startOf(to.getValue().plusDays(1)),
                actor.getValue(),
                action.getValue(),
                unit.getValue(),
                targetType.getValue(),
                targetId.getValue());
    }
}
