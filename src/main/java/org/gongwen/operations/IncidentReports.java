package org.gongwen.operations;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongwen.shared.Translations;

/** The incident reports as CSV (UTF-8 with BOM, so that Excel shows the Chinese), one row per incident (A31). */
public final class IncidentReports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> COLUMNS = List.of("id", "unit", "reportedBy", "reportedAt", "what", "since",
            "impact", "handledBy", "handledAt", "diagnosis", "actions", "paperFrom", "paperTo", "restoredAt",
            "restoredBy", "notes");

    private IncidentReports() {
    }

    public static byte[] csv(List<IncidentInfo> incidents, Translations translations, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(COLUMNS.stream().map(c -> cell(translations.getTranslation("incident.col." + c, locale)))
                .collect(Collectors.joining(","))).append("\r\n");
        for (IncidentInfo i : incidents) {
            out.append(Stream.of(String.valueOf(i.id()), i.reporterUnitName(), i.reportedBy(), time(i.reportedAt()),
                    i.what(), time(i.since()), i.impact(), i.handledBy(), time(i.handledAt()), i.diagnosis(),
                    i.actions(), time(i.paperFrom()), time(i.paperTo()), time(i.restoredAt()), i.restoredBy(),
                    i.notes()).map(IncidentReports::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
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
