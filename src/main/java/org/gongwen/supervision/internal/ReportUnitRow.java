package org.gongwen.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** One unit's figures in a report as last built; names are kept as they stood then. */
@Entity
@Table(name = "supervision_report_unit")
class ReportUnitRow {

    private static final String SEPARATOR = "、";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false)
    private String unitName;

    @Column(nullable = false)
    private int delivered;

    @Column(name = "signed_in_time", nullable = false)
    private int signedInTime;

    @Column(name = "signed_late", nullable = false)
    private int signedLate;

    @Column(nullable = false)
    private int missed;

    @Column(nullable = false)
    private int returned;

    @Column(name = "median_seconds")
    private Long medianSeconds;

    @Column(name = "slowest_seconds")
    private Long slowestSeconds;

    @Column(name = "late_signers", nullable = false)
    private String lateSigners;

    @Column(name = "missed_clerks", nullable = false)
    private String missedClerks;

    protected ReportUnitRow() {}

    ReportUnitRow(long reportId, InspectionUnitFigures f) {
        this.reportId = reportId;
        this.unitId = f.unitId();
        this.unitName = f.unitName();
        this.delivered = f.delivered();
        this.signedInTime = f.signedInTime();
        this.signedLate = f.signedLate();
        this.missed = f.missed();
        this.returned = f.returned();
        this.medianSeconds = f.medianSecondsToSign();
        this.slowestSeconds = f.slowestSecondsToSign();
        this.lateSigners = join(f.lateSigners());
        this.missedClerks = join(f.missedClerks());
    }

    InspectionUnitFigures figures() {
        return new InspectionUnitFigures(
                unitId,
                unitName,
                delivered,
                signedInTime,
                signedLate,
                missed,
                returned,
                medianSeconds,
                slowestSeconds,
                split(lateSigners),
                split(missedClerks));
    }

    private static String join(List<String> names) {
        String joined = String.join(SEPARATOR, names);
        return joined.length() <= 1000 ? joined : joined.substring(0, 999) + "…";
    }

    private static List<String> split(String names) {
        return names.isEmpty() ? List.of() : Arrays.asList(names.split(SEPARATOR));
    }
}
