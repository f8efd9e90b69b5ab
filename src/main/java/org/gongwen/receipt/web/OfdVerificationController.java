package org.gongwen.receipt.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Locale;
import org.gongwen.receipt.internal.OfdReport;
import org.gongwen.receipt.internal.OfdReportService;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.Translations;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/ofd-verifications")
@Tag(
        name = "ofd-verifications",
        description = "外来OFD公文验证：核验县外收到的OFD文件的电子签章、证书和格式，不保存文件 / "
                + "verify an OFD file received from outside the county; nothing is stored")
class OfdVerificationController {

    private final OfdReportService reports;

    OfdVerificationController(OfdReportService reports) {
        this.reports = reports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "验证一个OFD文件 / verify one OFD file (multipart part `file`)",
            description = "Returns a report: per signature its type, seal, signer certificate, whether the county SM2 "
                    + "CA issued it (else its issuer), revocation, validity at signing, integrity (naming a changed "
                    + "file) and the SES_Seal's maker signature; pages, GB/T 33476 tags and a verdict. 400 for no "
                    + "file, another type or a file that is not an OFD; 413 beyond the upload limit.")
    OfdReport verify(@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw BusinessException.invalid("ofdVerification.error.empty");
        }
        requireOfdType(file.getOriginalFilename(), file.getContentType());
        Locale locale = Translations.requestLocale();
        return reports.report(file.getOriginalFilename(), file.getBytes(), locale);
    }

    /** An OFD by name (.ofd) or declared type; a zip or unnamed stream is judged by its content. */
    static void requireOfdType(String name, String contentType) {
        String lowerName = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean ofdName = lowerName.isEmpty() || lowerName.endsWith(".ofd");
        boolean ofdType = type.isEmpty()
                || type.startsWith("application/ofd")
                || type.startsWith("application/zip")
                || type.startsWith("application/octet-stream")
                || type.startsWith("application/x-zip");
        if (!ofdName && !ofdType) {
            throw BusinessException.invalid("ofdVerification.error.type", name);
        }
    }
}
