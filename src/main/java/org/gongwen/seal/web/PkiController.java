package org.gongwen.seal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongwen.seal.PkiService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public PKI endpoints: anyone verifying a document needs the CA certificate and the CRL. */
@RestController
@RequestMapping("/pki")
@Tag(name = "pki", description = "县级根证书与吊销列表 / county CA certificate and CRL")
class PkiController {

    private static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");
    private static final MediaType CRL = MediaType.parseMediaType("application/pkix-crl");

    private final PkiService pki;

    PkiController(PkiService pki) {
        this.pki = pki;
    }

    @GetMapping("/ca.pem")
    @Operation(summary = "The county root CA certificate (PEM)")
    ResponseEntity<String> caCertificate() {
        return ResponseEntity.ok().contentType(PEM)
                .header("Content-Disposition", "inline; filename=\"qinghe-county-ca.pem\"")
                .body(pki.caCertificatePem());
    }

    @GetMapping("/crl")
    @Operation(summary = "The county certificate revocation list (DER)")
    ResponseEntity<byte[]> crl() {
        return ResponseEntity.ok().contentType(CRL)
                .header("Content-Disposition", "inline; filename=\"qinghe-county.crl\"")
                .body(pki.crl());
    }
}
