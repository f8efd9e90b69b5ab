package org.gongwen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A32: the phone list leaves as CSV and Excel with exactly what the caller may see. */
@IntegrationTest
class PhoneListExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void a32_aUnitClerkExportsOnlyTheOwnUnitAsCsvWithBom() throws Exception {
        byte[] csv = mvc.perform(get("/api/v1/phone-list/export.csv").with(as("z01.clerk")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"phone-list.csv\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines =
                new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\"单位\",\"姓名\",\"岗位\",\"手机\"");
        String unit = lines.get(1).substring(0, lines.get(1).indexOf(','));
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.startsWith(unit + ","));
    }

    @Test
    void a32_theCountyOfficeExportsTheWholeCountyAsExcel() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/phone-list/export.xlsx").with(as("bgs.staff")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> units = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("手机");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    units.add(row.getCell(0).getStringCellValue());
                }
            }
        }
        assertThat(units.stream().distinct().count()).isGreaterThan(5);
        long clerkRows = mvc.perform(get("/api/v1/phone-list").with(as("bgs.staff")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .split("\"username\"")
                        .length
                - 1;
        assertThat(units).hasSize((int) clerkRows);
    }
}
