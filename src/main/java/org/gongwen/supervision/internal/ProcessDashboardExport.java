package org.gongwen.supervision.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The process dashboard as an .xlsx workbook: one sheet of steps (every process's waits), one of
 * weekly trends, one of open work per person. Headers in the caller's language.
 */
public final class ProcessDashboardExport {

    private final BiFunction<String, Locale, String> translate;
    private final Locale locale;

    public ProcessDashboardExport(BiFunction<String, Locale, String> translate, Locale locale) {
        this.translate = translate;
        this.locale = locale;
    }

    public byte[] xlsx(List<ProcessFigures> processes, List<WeeklyTrend> trends, OpenWork work) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet steps = sheet(
                    workbook,
                    "processes.sheet.steps",
                    "processes.col.process",
                    "processes.col.started",
                    "processes.col.running",
                    "processes.col.completed",
                    "processes.col.step",
                    "processes.col.waiting",
                    "processes.col.ended",
                    "processes.col.median",
                    "processes.col.p90",
                    "processes.col.slowest");
            int r = 1;
            for (ProcessFigures p : processes) {
                for (StepWaits s : p.steps()) {
                    row(
                            steps,
                            r++,
                            p.name(),
                            p.started(),
                            p.running(),
                            p.completed(),
                            s.name(),
                            s.waitingNow(),
                            s.ended(),
                            s.medianHours(),
                            s.p90Hours(),
                            s.slowest() ? t("processes.slowest") : "");
                }
            }
            Sheet weekly = sheet(
                    workbook,
                    "processes.sheet.trends",
                    "processes.col.week",
                    "processes.col.unitKind",
                    "processes.col.documentsSent",
                    "processes.col.medianToSend",
                    "processes.col.signedFor",
                    "processes.col.medianToSignFor");
            r = 1;
            for (WeeklyTrend w : trends) {
                row(
                        weekly,
                        r++,
                        w.week().toString(),
                        t("unitKind." + w.unitKind().name()),
                        w.documentsSent(),
                        w.medianHoursToSend(),
                        w.signedFor(),
                        w.medianHoursToSignFor());
            }
            Sheet people = sheet(
                    workbook,
                    "processes.sheet.openWork",
                    "processes.col.unit",
                    "processes.col.person",
                    "processes.col.open",
                    "processes.col.overdue");
            r = 1;
            for (DeskLoad d : work.people()) {
                row(people, r++, d.unitName(), d.personName(), d.open(), d.overdue());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sheet sheet(XSSFWorkbook workbook, String titleKey, String... headerKeys) {
        Sheet sheet = workbook.createSheet(t(titleKey));
        Row header = sheet.createRow(0);
        for (int c = 0; c < headerKeys.length; c++) {
            header.createCell(c).setCellValue(t(headerKeys[c]));
            sheet.setColumnWidth(c, (c == 0 ? 24 : 14) * 256);
        }
        return sheet;
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    private String t(String key) {
        return translate.apply(key, locale);
    }
}
