package org.gongwen.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.internal.PhoneListExport;
import org.gongwen.shared.Downloads;
import org.gongwen.shared.Translations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/phone-list")
@Tag(name = "phone list", description = "通讯录 / names and mobiles the caller may see (A30, A32)")
class PhoneListController {

    private final OrganizationService organization;
    private final Translations translations;

    PhoneListController(OrganizationService organization, Translations translations) {
        this.organization = organization;
        this.translations = translations;
    }

    @GetMapping
    @Operation(summary = "The phone list: county-wide for the county office, the caller's own unit otherwise")
    List<PersonInfo> list() {
        return organization.phoneList();
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "The phone list as CSV (UTF-8 with BOM)")
    ResponseEntity<byte[]> csv() {
        return Downloads.file(Downloads.CSV, Downloads.attachment("phone-list.csv"))
                .body(export().csv(organization.phoneList()));
    }

    @GetMapping(value = "/export.xlsx", produces = Downloads.XLSX_VALUE)
    @Operation(summary = "The phone list as an Excel workbook")
    ResponseEntity<byte[]> xlsx() {
        return Downloads.file(Downloads.XLSX, Downloads.attachment("phone-list.xlsx"))
                .body(export().xlsx(organization.phoneList()));
    }

    private PhoneListExport export() {
        return new PhoneListExport(translations::getTranslation, Translations.requestLocale());
    }
}
