package org.gongwen.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Map;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditFilter;

/** The viewer's filters: period, actor, action, unit, target. Fires a change on every edit. */
class AuditFilterForm extends HorizontalLayout {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField actor = new TextField();
    final ComboBox<AuditAction> action = new ComboBox<>();
    final ComboBox<Long> unit = new ComboBox<>();
    final TextField targetType = new TextField();
    final TextField targetId = new TextField();

    AuditFilterForm(Map<Long, String> unitNames, Runnable onChange) {
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

    /** The period is whole days in the server's zone, "to" inclusive. */
    AuditFilter filter() {
        ZoneId zone = ZoneId.systemDefault();
        return new AuditFilter(
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(),
                actor.getValue(), action.getValue(), unit.getValue(), targetType.getValue(), targetId.getValue());
    }
}
