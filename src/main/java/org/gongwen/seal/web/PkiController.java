package org.gongwen.seal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.gongwen.seal.internal.PkiService;
import org.gongwen.seal.internal.TimeStampService;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public PKI endpoints: anyone verifying a document needs the CA certificate and the CRL; the county's
 * time-stamping authority answers anyone, as a public TSA does.
 */
@RestController
@RequestMapping("/pki")
@Tag(name = "pki", description = "县级根证书、吊销列表与时间戳服务 / county CA certificate, CRL and time-stamping authority")
class PkiController {

    private static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");
    private static final MediaType CRL = MediaType.parseMediaType("application/pkix-crl");

    private static final int MAX_QUERY_BYTES = 16 * 1024;
    private static final MediaType TIME_STAMP_REPLY = MediaType.parseMediaType("application/timestamp-reply");

    private final PkiService pki;
    private final TimeStampService timeStamps;

    PkiController(PkiService pki, TimeStampService timeStamps) {
        this.pki = pki;
        this.timeStamps = timeStamps;
    }

    @GetMapping("/ca.pem")
    @Operation(summary = "The county root CA certificate (PEM)")
    ResponseEntity<String> caCertificate() {
        return Downloads.file(PEM, Downloads.inline("qinghe-county-ca.pem")).body(pki.caCertificatePem());
    }

    @GetMapping("/crl")
    @Operation(summary = "The county certificate revocation list (DER)")
    ResponseEntity<byte[]> crl() {
        return Downloads.file(CRL, Downloads.inline("qinghe-county.crl")).body(pki.crl());
    }

    @GetMapping("/ca-sm2.pem")
    @Operation(summary = "The SM2 county CA certificate (PEM, SM3withSM2), root of OFD seals (GB/T 38540)")
    ResponseEntity<String> sm2CaCertificate() {
        return Downloads.file(PEM, Downloads.inline("qinghe-county-ca-sm2.pem")).body(pki.sm2CaCertificatePem());
    }

    @GetMapping("/crl-sm2")
    @Operation(summary = "The SM2 county CA's certificate revocation list (DER, SM3withSM2)")
    ResponseEntity<byte[]> sm2Crl() {
        return Downloads.file(CRL, Downloads.inline("qinghe-county-sm2.crl")).body(pki.sm2Crl());
    }

    @PostMapping(path = "/tsa", consumes = "application/timestamp-query")
    @Operation(
            summary = "The county time-stamping authority (RFC 3161 over HTTP): a DER time-stamp query in, "
                    + "a DER time-stamp reply out")
    ResponseEntity<byte[]> timeStamp(InputStream body) throws IOException {
        // a query is a hash and a few fields: anything much larger is not one, and is not read whole
        byte[] query = body.readNBytes(MAX_QUERY_BYTES + 1);
        if (query.length > MAX_QUERY_BYTES) {
            throw BusinessException.invalid("pki.error.timeStampRequest");
        }
        return ResponseEntity.ok().contentType(TIME_STAMP_REPLY).body(timeStamps.respond(query));
    }
}
