package org.gongwen.seal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.gongwen.seal.internal.SealEventInfo;
import org.gongwen.seal.internal.SealHistory;
import org.gongwen.security.PersonNames;
import org.gongwen.shared.CountyZone;

/** A seal's status history: when, what, the status it left, who, and the note. */
class SealHistoryGrid extends Grid<SealEventInfo> {

    SealHistoryGrid(CountyZone zone, PersonNames names) {
        addColumn(e -> zone.formatTime(e.occurredAt()))
                .setHeader(getTranslation("sealHistory.col.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> getTranslation("sealAction." + e.action().name()))
                .setHeader(getTranslation("sealHistory.col.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> getTranslation("sealStatus." + e.status().name()))
                .setHeader(getTranslation("seals.col.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> SealHistory.SYSTEM.equals(e.actor())
                        ? getTranslation("sealHistory.actor.system")
                        : names.of(e.actor()))
                .setHeader(getTranslation("sealHistory.col.actor"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> e.note() == null ? "" : e.note())
                .setHeader(getTranslation("sealHistory.col.note"))
                .setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setEmptyStateText(getTranslation("empty.sealHistory"));
        setAllRowsVisible(true);
    }

    void show(List<SealEventInfo> events) {
        setItems(events);
    }
}
