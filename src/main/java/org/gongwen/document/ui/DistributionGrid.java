package org.gongwen.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.gongwen.document.DistributionSummary;
import org.gongwen.shared.CountyZone;

/**
 * How each recipient's copy of a sent document stands (A14.1): delivered, signed for, printed, and
 * the 份号 the unit prints (A11.2).
 */
class DistributionGrid extends Grid<DistributionSummary> {

    /** The received document's page of the receipt module, which the sender may read (print log, history). */
    static final String RECEIVED_ROUTE = "inbox/";

    DistributionGrid(CountyZone zone) {
        addColumn(DistributionSummary::unitName)
                .setHeader(getTranslation("sent.distribution.unit"))
                .setWidth("12em")
                .setFlexGrow(3)
                .setTooltipGenerator(DistributionSummary::unitName);
        addColumn(d -> getTranslation("recipientKind." + d.kind().name()))
                .setHeader(getTranslation("sent.distribution.kind"));
        addColumn(this::state)
                .setHeader(getTranslation("sent.distribution.state"))
                .setFlexGrow(2);
        addColumn(d -> zone.formatTime(d.deliveredAt()))
                .setHeader(getTranslation("sent.distribution.deliveredAt"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(d -> zone.formatTime(d.receivedAt()))
                .setHeader(getTranslation("sent.distribution.receivedAt"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(d -> zone.formatTime(d.signedAt()))
                .setHeader(getTranslation("sent.distribution.signedAt"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(d -> d.printsUsed() + " / " + d.printQuota()
                        + (d.unofficialPrints() > 0
                                ? getTranslation("sent.distribution.unofficial", d.unofficialPrints())
                                : ""))
                .setHeader(getTranslation("sent.distribution.printed"));
        addColumn(DistributionSummary::copyNumbersLabel)
                .setHeader(getTranslation("sent.distribution.copyNumbers"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(DistributionSummary::copyNumbersLabel);
        addColumn(d -> d.returnReason() == null ? "" : d.returnReason())
                .setHeader(getTranslation("sent.distribution.returnReason"))
                .setFlexGrow(2)
                .setTooltipGenerator(DistributionSummary::returnReason);
        addComponentColumn(d -> {
                    Button open = new Button(
                            getTranslation("sent.distribution.open"),
                            e -> UI.getCurrent().navigate(RECEIVED_ROUTE + d.distributionId()));
                    open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    return open;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        setAllRowsVisible(true);
    }

    private String state(DistributionSummary d) {
        StringBuilder text = new StringBuilder(getTranslation("distributionState." + d.state()));
        if (d.version() > 1) {
            text.append(getTranslation("sent.distribution.version", d.version()));
        }
        if (d.overdue()) {
            text.append(" · ").append(getTranslation("sent.distribution.overdue"));
        }
        if (d.pendingReissueRequests() > 0) {
            text.append(" · ").append(getTranslation("sent.distribution.reissuePending"));
        }
        return text.toString();
    }

    void show(List<DistributionSummary> distributions) {
        setItems(distributions);
    }
}
