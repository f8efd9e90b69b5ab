package org.gongwen.supervision.internal;

import static org.gongwen.shared.Translations.CHINESE;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.organization.UnitInfo;
import org.gongwen.pdf.LayoutRenderer;
import org.gongwen.pdf.OfficialDocument;
import org.gongwen.pdf.OfficialDocument.Block;
import org.gongwen.pdf.OfficialDocument.Heading;
import org.gongwen.pdf.OfficialDocument.Paragraph;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * A report in the county's layout (GB/T 9704) with the county office as issuer: an opening
 * paragraph with the county's totals, one paragraph per unit, the requirements and the county
 * office's note. The layout has no table block, so each unit's figures are a sentence.
 */
@Component
class ReportDocument {

    private final LayoutRenderer renderer;
    private final Translations translations;

    ReportDocument(LayoutRenderer renderer, Translations translations) {
        this.renderer = renderer;
        this.translations = translations;
    }

    byte[] render(
            InspectionReport report, String note, UnitInfo issuer, List<InspectionUnitFigures> units, LocalDate date) {
        return renderer.render(layout(report, note, issuer, units, date));
    }

    OfficialDocument layout(
            InspectionReport report, String note, UnitInfo issuer, List<InspectionUnitFigures> units, LocalDate date) {
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph(t(
                "inspection.pdf.opening",
                period(report.getPeriodFrom(), report.getPeriodTo()),
                units.size(),
                sum(units, InspectionUnitFigures::delivered),
                sum(units, InspectionUnitFigures::signedInTime),
                sum(units, InspectionUnitFigures::signedLate),
                sum(units, InspectionUnitFigures::missed),
                sum(units, InspectionUnitFigures::returned))));
        body.add(new Heading(1, t("inspection.pdf.perUnit")));
        if (units.isEmpty()) {
            body.add(new Paragraph(t("inspection.pdf.none")));
        }
        units.forEach(unit -> body.add(new Paragraph(unitLine(unit))));
        body.add(new Heading(1, t("inspection.pdf.requirementsHeading")));
        body.add(new Paragraph(t("inspection.pdf.requirements")));
        if (note != null) {
            body.add(new Heading(1, t("inspection.pdf.noteHeading")));
            body.add(new Paragraph(note));
        }
        return OfficialDocument.unsealed(
                issuer.fullName() + "文件",
                report.getDocNumber(),
                report.getTitle(),
                t("inspection.pdf.recipients"),
                body,
                issuer.fullName(),
                date);
    }

    private String unitLine(InspectionUnitFigures unit) {
        StringBuilder line = new StringBuilder(t(
                "inspection.pdf.unit",
                unit.unitName(),
                unit.delivered(),
                unit.signedInTime(),
                unit.signedLate(),
                unit.missed(),
                unit.returned(),
                duration(unit.medianSecondsToSign()),
                duration(unit.slowestSecondsToSign())));
        if (unit.signedLate() > 0) {
            line.append(t("inspection.pdf.lateSigners", names(unit.lateSigners())));
        }
        if (unit.missed() > 0) {
            line.append(t("inspection.pdf.missedClerks", names(unit.missedClerks())));
        }
        return line.toString();
    }

    /** "2026年11月份" for a calendar month, otherwise "2026年11月1日至2026年11月15日". */
    String period(LocalDate from, LocalDate to) {
        if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
            return t("inspection.period.month", String.valueOf(from.getYear()), from.getMonthValue());
        }
        return t("inspection.period.range", date(from), date(to));
    }

    private String date(LocalDate day) {
        return t("inspection.date", String.valueOf(day.getYear()), day.getMonthValue(), day.getDayOfMonth());
    }

    private String duration(Long seconds) {
        if (seconds == null) {
            return t("inspection.pdf.noTime");
        }
        Duration d = Duration.ofSeconds(seconds);
        return t("inspection.duration", d.toHours(), d.toMinutesPart());
    }

    private String names(List<String> names) {
        return names.isEmpty() ? t("inspection.pdf.nobody") : String.join("、", names);
    }

    private static int sum(
            List<InspectionUnitFigures> units, java.util.function.ToIntFunction<InspectionUnitFigures> f) {
        return units.stream().mapToInt(f).sum();
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, CHINESE, args);
    }
}
