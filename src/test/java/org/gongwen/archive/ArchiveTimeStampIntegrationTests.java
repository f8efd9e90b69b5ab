package org.gongwen.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.gongwen.archive.internal.ArchivePackages;
import org.gongwen.archive.internal.PackageZip;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.excerpt.AuditExcerpts;
import org.gongwen.document.ArchiveTimeStamps;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.document.internal.ArchiveTimeStampRenewal;
import org.gongwen.document.internal.DocumentIssuing;
import org.gongwen.pdf.PdfSignature;
import org.gongwen.pdf.PdfSignatureVerifier;
import org.gongwen.pdf.PdfSignatures;
import org.gongwen.seal.internal.TimeStampService;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Archived layouts are PAdES B-LTA, and their document time-stamps are renewed before they expire (A38). */
@IntegrationTest
class ArchiveTimeStampIntegrationTests {

    @Autowired
    ArchivePackages archive;

    @Autowired
    ArchiveTimeStamps timeStamps;

    @Autowired
    ArchiveTimeStampRenewal renewal;

    @Autowired
    DocumentIssuing issuing;

    @Autowired
    IssuedDocuments issued;

    @Autowired
    PdfSignatureVerifier verifier;

    @Autowired
    TimeStampService tsa;

    @Autowired
    AuditExcerpts audit;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anArchivedLayoutCarriesADocumentTimeStampOverTheValidSealSignatureAndPassesTheArchiveCheck() {
        long id = ArchiveTestDocument.sent(context);
        ArchiveTestDocument.signIn(context, "bgs.staff");
        byte[] zip = archive.packageOf(id);
        byte[] layout = PackageZip.read(zip, Long.MAX_VALUE).get(ArchivePackages.LAYOUT);
        PdfSignatures signatures = verifier.verify(layout);
        PdfSignature seal = signatures.latest().orElseThrow();
        assertThat(seal.valid()).as(seal.failure()).isTrue();
        assertThat(seal.fieldName()).isEqualTo("seal");
        assertThat(seal.timeStamped()).isTrue();
        PdfSignature stamp = signatures.latestDocumentTimeStamp().orElseThrow();
        assertThat(stamp.valid()).isTrue();
        assertThat(stamp.signerCertificate()).isEqualTo(tsa.certificate());
        assertThat(issued.signedLayoutFile(id))
                .as("the stored file is the archived one")
                .isEqualTo(layout);
        assertThat(archive.check(zip).ok()).isTrue();
        assertThat(audit.about("document", Long.toString(id)))
                .anyMatch(e -> e.action() == AuditAction.ARCHIVE_TIME_STAMP);
    }

    @Test
    void theRenewalAddsADocumentTimeStampOnlyWhenTheLastOnesCertificateExpiresWithinTheThreshold() {
        long id = ArchiveTestDocument.sent(context);
        ArchiveTestDocument.signIn(context, "bgs.staff");
        archive.packageOf(id);
        SecurityContextHolder.clearContext();
        byte[] archived = issued.signedLayoutFile(id);
        Instant expires = tsa.certificate().getNotAfter().toInstant();

        assertThat(timeStamps.renewIfDue(id, expires.minus(Duration.ofDays(1)))).isFalse();
        assertThat(renewal.renewDue()).as("a fresh TSA certificate is not due").isZero();
        assertThat(issued.signedLayoutFile(id)).isEqualTo(archived);

        assertThat(timeStamps.renewIfDue(id, expires.plus(Duration.ofDays(1)))).isTrue();
        PdfSignatures renewed = verifier.verify(issued.signedLayoutFile(id));
        assertThat(renewed.signatures().stream().filter(PdfSignature::documentTimeStamp))
                .hasSize(2);
        assertThat(renewed.signatures()).allMatch(PdfSignature::valid);
        assertThat(audit.about("document", Long.toString(id)))
                .filteredOn(e -> e.action() == AuditAction.ARCHIVE_TIME_STAMP)
                .anyMatch(e -> e.detail().contains("renewed"));
    }
}
