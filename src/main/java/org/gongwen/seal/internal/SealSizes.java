package org.gongwen.seal.internal;

import org.gongwen.organization.UnitKind;
import org.gongwen.seal.internal.image.DiameterRule;

/**
 * Seal diameters by the unit's level (国发〔1999〕25号): the county government 45 mm, towns
 * 42 mm, departments and other units at most 45 mm (42 mm common). The tolerance allows for
 * scanning and the spread of the ink.
 */
public final class SealSizes {

    private static final double TOLERANCE_MM = 1.0;

    private SealSizes() {}

    public static DiameterRule ruleFor(UnitKind kind) {
        return switch (kind) {
            case COUNTY_GOVERNMENT -> new DiameterRule(45 - TOLERANCE_MM, 45 + TOLERANCE_MM);
            case TOWN -> new DiameterRule(42 - TOLERANCE_MM, 42 + TOLERANCE_MM);
            default -> new DiameterRule(38, 45 + TOLERANCE_MM);
        };
    }

    /** The diameter a unit's seal has when nothing else is known: 45 mm for the county government, else 42 mm. */
    public static double nominalDiameterMm(UnitKind kind) {
        return kind == UnitKind.COUNTY_GOVERNMENT ? 45 : drawnDiameterMm(kind);
    }

    /** The diameter of a star seal drawn for a demo or test unit without a scan. */
    public static double drawnDiameterMm(UnitKind kind) {
        return 42;
    }

    /** Seals that carry the national emblem are only ever made from the scanned impression. */
    public static boolean carriesNationalEmblem(UnitKind kind) {
        return kind == UnitKind.COUNTY_GOVERNMENT;
    }
}
