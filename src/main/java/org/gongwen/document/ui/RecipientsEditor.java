package org.gongwen.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;

/**
 * 主送 and 抄送 units with their print quotas (A11.1): units one by one from a searchable list,
 * or every unit of a kind at once; units already chosen are not added twice.
 */
class RecipientsEditor extends VerticalLayout {

    final Grid<RecipientEntry> grid = new Grid<>();
    final ComboBox<UnitInfo> unit = new ComboBox<>();
    final Button addMain = new Button();
    final Button addCopy = new Button();
    final Button allTowns = new Button();
    final Button allDepartments = new Button();
    final Button allInstitutions = new Button();
    private final Map<Long, UnitInfo> units;
    private final int defaultQuota;
    private final List<RecipientEntry> entries = new ArrayList<>();

    RecipientsEditor(List<UnitInfo> allUnits, int defaultQuota) {
        this.units = allUnits.stream().collect(Collectors.toMap(UnitInfo::id, Function.identity()));
        this.defaultQuota = defaultQuota;
        setPadding(false);
        grid.setEmptyStateText(getTranslation("empty.recipients"));
        grid.addColumn(r -> name(r.unitId()))
                .setHeader(getTranslation("drafting.recipients.unit"))
                .setWidth("10em")
                .setFlexGrow(3)
                .setTooltipGenerator(r -> name(r.unitId()));
        grid.addComponentColumn(this::kindSelect)
                .setHeader(getTranslation("drafting.recipients.kind"))
                .setWidth("8.5em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::quotaField)
                .setHeader(getTranslation("drafting.recipients.quota"))
                .setWidth("9.5em")
                .setFlexGrow(0);
        RemoveButton.column(grid, r -> remove(r.unitId()));
        grid.setAllRowsVisible(true);

        unit.setPlaceholder(getTranslation("drafting.recipients.search"));
        unit.setItems(allUnits.stream().filter(UnitInfo::active).toList());
        unit.setItemLabelGenerator(UnitInfo::fullName);
        unit.setMinWidth("12em");
        unit.setMaxWidth("20em");
        unit.setId("recipient-unit");
        addMain.setId("recipient-add-main");
        addCopy.setId("recipient-add-copy");
        addMain.setText(getTranslation("recipientKind.MAIN"));
        addMain.addClickListener(e -> addChosen(RecipientKind.MAIN));
        addCopy.setText(getTranslation("recipientKind.COPY"));
        addCopy.addClickListener(e -> addChosen(RecipientKind.COPY));
        allTowns.setText(getTranslation("drafting.recipients.allTowns"));
        allTowns.addClickListener(e -> addKind(UnitKind.TOWN));
        allDepartments.setText(getTranslation("drafting.recipients.allDepartments"));
        allDepartments.addClickListener(e -> addKind(UnitKind.DEPARTMENT));
        allInstitutions.setText(getTranslation("drafting.recipients.allInstitutions"));
        allInstitutions.addClickListener(e -> addKind(UnitKind.AFFILIATED_INSTITUTION));
        HorizontalLayout single = new HorizontalLayout(unit, addMain, addCopy);
        single.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // the row wraps rather than run past the form's right edge on a narrow column
        single.setWidthFull();
        single.getStyle().set("flex-wrap", "wrap");
        single.setFlexGrow(1, unit);
        HorizontalLayout groups = new HorizontalLayout(allTowns, allDepartments, allInstitutions);
        groups.getStyle().set("flex-wrap", "wrap");
        add(new H4(getTranslation("drafting.recipients")), single, groups, grid);
    }

    private String name(long unitId) {
        UnitInfo info = units.get(unitId);
        return info == null ? String.valueOf(unitId) : info.fullName();
    }

    private Select<RecipientKind> kindSelect(RecipientEntry entry) {
        Select<RecipientKind> kind = new Select<>();
        kind.setItems(RecipientKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("recipientKind." + k.name()));
        kind.setValue(entry.kind());
        kind.setWidth("7em");
        kind.addValueChangeListener(
                e -> replace(entry.unitId(), r -> new RecipientEntry(r.unitId(), e.getValue(), r.printQuota())));
        return kind;
    }

    private IntegerField quotaField(RecipientEntry entry) {
        IntegerField quota = new IntegerField();
        quota.setMin(1);
        quota.setMax(999);
        quota.setStepButtonsVisible(true);
        quota.setWidth("8em");
        quota.setValue(entry.printQuota());
        quota.addValueChangeListener(e -> replace(
                entry.unitId(),
                r -> new RecipientEntry(r.unitId(), r.kind(), e.getValue() == null ? 0 : e.getValue())));
        return quota;
    }

    /** Adds the chosen unit; a unit already in the list only changes its kind. */
    void addChosen(RecipientKind kind) {
        UnitInfo chosen = unit.getValue();
        if (chosen == null) {
            return;
        }
        if (!replace(chosen.id(), r -> new RecipientEntry(r.unitId(), kind, r.printQuota()))) {
            entries.add(new RecipientEntry(chosen.id(), kind, defaultQuota));
        }
        unit.clear();
        refresh();
    }

    /** Adds every active unit of a kind as main recipients, skipping the ones already chosen. */
    void addKind(UnitKind kind) {
        units.values().stream()
                .filter(u -> u.kind() == kind && u.active())
                .sorted(java.util.Comparator.comparing(UnitInfo::code))
                .filter(u -> entries.stream().noneMatch(r -> r.unitId() == u.id()))
                .forEach(u -> entries.add(new RecipientEntry(u.id(), RecipientKind.MAIN, defaultQuota)));
        refresh();
    }

    void remove(long unitId) {
        entries.removeIf(r -> r.unitId() == unitId);
        refresh();
    }

    private boolean replace(long unitId, java.util.function.UnaryOperator<RecipientEntry> change) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).unitId() == unitId) {
                entries.set(i, change.apply(entries.get(i)));
                return true;
            }
        }
        return false;
    }

    private void refresh() {
        grid.setItems(List.copyOf(entries));
    }

    List<RecipientEntry> value() {
        return List.copyOf(entries);
    }

    void setValue(List<RecipientEntry> recipients) {
        entries.clear();
        entries.addAll(recipients);
        refresh();
    }
}
