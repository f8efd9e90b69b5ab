package org.gongwen.seal.ui;

import com.vaadin.flow.component.grid.Grid;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.shared.CountyZone;

/** The columns the seal grids share, with the same headers and widths in every view. */
final class SealColumns {

    private SealColumns() {}

    static void unit(Grid<SealInfo> grid, UnitNames units) {
        grid.addColumn(s -> units.of(s.unitId()))
                .setHeader(grid.getTranslation("seals.col.unit"))
                .setFlexGrow(2);
    }

    static void nameAndType(Grid<SealInfo> grid) {
        grid.addColumn(SealInfo::name)
                .setHeader(grid.getTranslation("seals.col.name"))
                .setFlexGrow(2);
        grid.addColumn(s -> grid.getTranslation("sealType." + s.type().name()))
                .setHeader(grid.getTranslation("seals.col.type"));
    }

    /** Status, certificate serial and the day the certificate expires. */
    static void statusAndCertificate(Grid<SealInfo> grid, CountyZone zone) {
        grid.addColumn(s -> grid.getTranslation("sealStatus." + s.status().name()))
                .setHeader(grid.getTranslation("seals.col.status"));
        grid.addColumn(s -> s.serialNumber() == null ? "" : s.serialNumber())
                .setHeader(grid.getTranslation("seals.col.serial"))
                .setFlexGrow(2);
        grid.addColumn(s -> zone.formatDate(s.notAfter())).setHeader(grid.getTranslation("seals.col.notAfter"));
    }

    /** The full names of the county's units, as they were when the view opened. */
    static final class UnitNames implements Serializable {
        private final Map<Long, UnitInfo> units;

        UnitNames(OrganizationService organization) {
            this.units = organization.units().stream().collect(Collectors.toMap(UnitInfo::id, Function.identity()));
        }

        String of(long unitId) {
            UnitInfo unit = units.get(unitId);
            return unit == null ? "" : unit.fullName();
        }
    }
}
