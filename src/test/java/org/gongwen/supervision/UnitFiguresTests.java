package org.gongwen.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongwen.organization.UnitKind;
import org.gongwen.receipt.UnitReceiptFigures;
import org.gongwen.supervision.internal.UnitFigures;
import org.junit.jupiter.api.Test;

/** The on-time rate counts only documents whose time to sign for has come. */
class UnitFiguresTests {

    private static UnitFigures unit(long delivered, long inTime, long late, long missed, long waiting, long returned) {
        return new UnitFigures(
                1,
                "北山镇人民政府",
                UnitKind.TOWN,
                new UnitReceiptFigures(1, delivered, inTime, late, missed, waiting, returned, 0, null, null, 0, 0, 0));
    }

    @Test
    void aDocumentStillWithinItsTimeIsNotLate() {
        UnitFigures pending = unit(1, 0, 0, 0, 1, 0);
        assertThat(pending.due()).isZero();
        assertThat(pending.inTimePercent()).isEqualTo(100);
    }

    @Test
    void theRateIsSignedInTimeAmongTheDueOnes() {
        UnitFigures unit = unit(6, 2, 1, 1, 1, 1);
        assertThat(unit.due()).isEqualTo(4);
        assertThat(unit.inTimePercent()).isEqualTo(50);
        assertThat(unit(3, 0, 0, 1, 2, 0).inTimePercent()).isZero();
    }
}
