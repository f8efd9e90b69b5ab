package org.gongwen.organization.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongwen.organization.PersonInfo;

/**
 * The phone list (A32) as CSV (UTF-8 with BOM, which Excel needs to show Chinese) and as .xlsx.
 * Column headers come from the caller's language through {@code translate(key, locale)}.
 */
public final class PhoneListExport {

    private static final List<String> HEADERS =
            List.of("people.col.unit", "people.col.name", "people.col.roles", "people.col.mobile");

    private final BiFunction<String, Locale, String> translate;
    private final Locale locale;

    public PhoneListExport(BiFunction<String, Locale, String> translate, Locale locale) {
        this.translate = translate;
        this.locale = locale;
    }

    public byte[] csv(List<PersonInfo> people) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(HEADERS.stream().map(h -> cell(translate.apply(h, locale))).collect(Collectors.joining(",")))
                .append("\r\n");
        for (PersonInfo p : people) {
            out.append(row(p).map(PhoneListExport::cell).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(List<PersonInfo> people) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(translate.apply("phoneList.title", locale));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(translate.apply(HEADERS.get(c), locale));
            }
            int r = 1;
            for (PersonInfo p : people) {
                Row row = sheet.createRow(r++);
                List<String> values = row(p).toList();
                for (int c = 0; c < values.size(); c++) {
                    // text cells: a mobile number must not become 1.39E10
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.setColumnWidth(c, c == 0 || c == 2 ? 40 * 256 : 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stream<String> row(PersonInfo p) {
        String roles = p.roles().stream()
                .sorted()
                .map(r -> translate.apply("role." + r.name(), locale))
                .collect(Collectors.joining("、"));
        return Stream.of(p.unitName(), p.fullName(), roles, p.mobile() == null ? "" : p.mobile());
    }

    private static String cell(String value) {
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
