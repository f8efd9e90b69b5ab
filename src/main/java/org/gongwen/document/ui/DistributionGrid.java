package org.gongwen.document.ui;

import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.gongwen.document.DistributionSummary;

/** How each recipient's copy of a sent document stands (A14.1): delivered, signed for, printed. */
class DistributionGrid extends Grid<DistributionSummary> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    DistributionGrid() {
        addColumn(DistributionSummary::unitName).setHeader(getTranslation("sent.distribution.unit")).setFlexGrow(3);
        addColumn(d -> getTranslation("recipientKind." + d.kind().name()))
                .setHeader(getTranslation("sent.distribution.kind"));
        addColumn(d -> getTranslation("distributionState." + d.state()))
                .setHeader(getTranslation("sent.distribution.state"));
        addColumn(d -> time(d.deliveredAt())).setHeader(getTranslation("sent.distribution.deliveredAt"));
        addColumn(d -> time(d.signedAt())).setHeader(getTranslation("sent.distribution.signedAt"));
        addColumn(d -> d.printsUsed() + " / " + d.printQuota()).setHeader(getTranslation("sent.distribution.printed"));
        setAllRowsVisible(true);
    }

    void show(List<DistributionSummary> distributions) {
        setItems(distributions);
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
