package org.gongwen.operations.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Translations;

/**
 * The incident reports as CSV (UTF-8 with BOM, so that Excel shows the Chinese), times to the second in the
 * county's zone (A31): one row per handling round, in the order of the rounds, each repeating its incident's
 * columns; an incident not yet handled has one row with the handling columns empty.
 */
public final class IncidentReports {

    private static final List<String> COLUMNS = List.of(
            "id",
            "unit",
            "reportedBy",
            "reportedAt",
            "what",
            "since",
            "impact",
            "round",
            "handledBy",
            "handledAt",
            "diagnosis",
            "actions",
            "paperFrom",
            "paperTo",
            "restoredAt",
            "restoredBy",
            "notes");

    private IncidentReports() {}

    public static byte[] csv(List<IncidentInfo> incidents, Translations translations, CountyZone zone, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(COLUMNS.stream()
                        .map(c -> cell(translations.getTranslation("incident.col." + c, locale)))
                        .collect(Collectors.joining(",")))
                .append("\r\n");
        for (IncidentInfo i : incidents) {
            List<IncidentHandling> rounds =
                    i.handlings().isEmpty() ? List.of(new IncidentHandling(0, null, null, null, null)) : i.handlings();
            for (IncidentHandling h : rounds) {
                out.append(Stream.of(
                                        String.valueOf(i.id()),
                                        i.reporterUnitName(),
                                        i.reportedBy(),
                                        zone.formatTimeWithSeconds(i.reportedAt()),
                                        i.what(),
                                        zone.formatTimeWithSeconds(i.since()),
                                        i.impact(),
                                        h.round() == 0 ? null : String.valueOf(h.round()),
                                        h.handledBy(),
                                        zone.formatTimeWithSeconds(h.handledAt()),
                                        h.diagnosis(),
                                        h.actions(),
                                        zone.formatTimeWithSeconds(i.paperFrom()),
                                        zone.formatTimeWithSeconds(i.paperTo()),
                                        zone.formatTimeWithSeconds(i.restoredAt()),
                                        i.restoredBy(),
                                        i.notes())
                                .map(IncidentReports::cell)
                                .collect(Collectors.joining(",")))
                        .append("\r\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // a leading = + - @ would make a spreadsheet evaluate the cell
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
