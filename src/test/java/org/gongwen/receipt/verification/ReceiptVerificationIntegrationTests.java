package org.gongwen.receipt.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.pdf.PdfSignatureVerifier;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.security.internal.GongwenPrincipal;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.Translations;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.Tampering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A10.1: the four checks a recipient sees before signing for, on documents signed through the real
 * approval chain: by the chain's own sending unit, or by another of the test's own whose seal is
 * revoked afterwards, to a recipient unit of the test's own. Every document here is this test's own,
 * so tampering needs no restore.
 */
@IntegrationTest
class ReceiptVerificationIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ReceiptVerification verification;

    @Autowired
    ProcessEngine engine;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganizationService organization;

    @Autowired
    SealLifecycleService seals;

    @Autowired
    Translations translations;

    @Autowired
    JdbcTemplate jdbc;

    /** Signs as a unit of this test's own ({@link DocumentChain#sender()}). */
    private DocumentChain chain;

    /** The code of this test's recipient unit, with a clerk. */
    private String recipient;

    @BeforeEach
    void ownUnits() {
        chain = DocumentChain.in(context);
        recipient = OwnUnits.in(context).freshUnit("XV", "清河县核验测试收文局", Role.CLERK);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a10_1_aDocumentSignedByItsUnitPassesAllFourChecks() {
        long id = signedByTheChain("关于开展收文核验演练的通知");

        ReceiptChecks checks = as(OwnUnits.login(recipient, Role.CLERK), () -> verification.verify(id));

        assertThat(checks.documentId()).isEqualTo(id);
        assertThat(checks.checks())
                .extracting(ReceiptCheck::code)
                .containsExactly(
                        ReceiptCheckCode.SENDER,
                        ReceiptCheckCode.SIGNATURE,
                        ReceiptCheckCode.CERTIFICATE,
                        ReceiptCheckCode.ELEMENTS,
                        ReceiptCheckCode.OFD_SENDER,
                        ReceiptCheckCode.OFD_SIGNATURE,
                        ReceiptCheckCode.OFD_CERTIFICATE,
                        ReceiptCheckCode.OFD_ELEMENTS);
        assertThat(checks.checks())
                .extracting(ReceiptCheck::detailKey)
                .containsExactly(
                        "receiptCheck.sender.ok",
                        "receiptCheck.signature.ok",
                        "receiptCheck.certificate.ok",
                        "receiptCheck.elements.ok",
                        "receiptCheck.ofd.sender.ok",
                        "receiptCheck.ofd.signature.ok",
                        "receiptCheck.ofd.certificate.ok",
                        "receiptCheck.elements.ok");
        assertThat(checks.allPassed()).isTrue();
        assertThat(checks.check(ReceiptCheckCode.SENDER).detail(translations, Translations.CHINESE))
                .contains(chain.sender().organ(), chain.sender().code());
        assertThat(checks.checks()).allSatisfy(check -> {
            assertThat(translations.getTranslation(check.labelKey(), Locale.ENGLISH))
                    .isNotEqualTo(check.labelKey());
            assertThat(check.detail(translations, Locale.ENGLISH)).doesNotContain("receiptCheck", "{");
        });
    }

    @Test
    void a10_1_oneChangedByteInTheStoredFileFailsTheSignatureCheck() {
        long id = signedByTheChain("关于核验篡改文件的通知");
        Tampering.flipOneByteOfStoredFile(jdbc, layoutSha256(id));

        ReceiptChecks checks = as(OwnUnits.login(chain.sender().code(), Role.CLERK), () -> verification.verify(id));

        assertThat(checks.allPassed()).isFalse();
        assertThat(checks.check(ReceiptCheckCode.SIGNATURE).passed()).isFalse();
        assertThat(checks.check(ReceiptCheckCode.SIGNATURE).detailKey()).isEqualTo("receiptCheck.signature.broken");
    }

    @Test
    void a10_1_aStoredFileThatIsNoLongerAPdfFailsEveryCheckWithoutAnError() {
        long id = signedByTheChain("关于核验损坏文件的通知");
        jdbc.update(
                "update document_content set data = ? where sha256 = ?",
                "已损坏".getBytes(StandardCharsets.UTF_8),
                layoutSha256(id));

        ReceiptChecks checks = as("bgs.staff", () -> verification.verify(id));

        assertThat(checks.checks()).filteredOn(c -> !c.code().ofd()).noneMatch(ReceiptCheck::passed);
        assertThat(checks.allPassed()).isFalse();
        assertThat(checks.checks())
                .filteredOn(c -> !c.code().ofd())
                .extracting(ReceiptCheck::detailKey)
                .containsExactly(
                        "receiptCheck.sender.noSigner", "receiptCheck.signature.unreadable",
                        "receiptCheck.certificate.none", "receiptCheck.elements.unreadable");
    }

    @Test
    void a10_1_aCertificateRevokedAfterSigningPassesWithANote() {
        OwnUnits.Issuer issuer = OwnUnits.in(context).freshIssuer("XV", "清河县核验测试一局");
        SealInfo seal = issuer.seal();
        long id = signedBy(issuer, "关于吊销前签发文件的通知");
        seals.revoke(seal.id(), 4);
        // signing times are whole seconds (CMS UTCTime), and MySQL keeps whole seconds here too: a
        // revocation within the same second counts as before the signature, so date it a minute later
        Instant signedAt = new PdfSignatureVerifier()
                .verify(layout(id))
                .latest()
                .orElseThrow()
                .signingTime();
        jdbc.update(
                "update seal_revoked_certificate set revoked_at = ? where serial_number = ?",
                LocalDateTime.ofInstant(signedAt.plus(Duration.ofMinutes(1)), ZoneOffset.UTC),
                seal.serialNumber());
        // the seal's SM2 certificate (the OFD's) was revoked with it: that revocation too came after the sealing
        jdbc.update(
                "update seal_revoked_certificate set revoked_at = ? where authority = 'COUNTY_SM2' and serial_number"
                        + " = (select sm2_serial_number from seal_seal where id = ?)",
                LocalDateTime.ofInstant(signedAt.plus(Duration.ofMinutes(1)), ZoneOffset.UTC),
                seal.id());

        ReceiptChecks checks = as(OwnUnits.login(recipient, Role.CLERK), () -> verification.verify(id));

        ReceiptCheck certificate = checks.check(ReceiptCheckCode.CERTIFICATE);
        assertThat(certificate.passed()).isTrue();
        assertThat(certificate.detailKey()).isEqualTo("receiptCheck.certificate.revokedLater");
        assertThat(certificate.detail(translations, Translations.CHINESE)).contains("吊销");
        assertThat(checks.check(ReceiptCheckCode.SENDER).passed()).isTrue();
        assertThat(checks.allPassed()).isTrue();
    }

    @Test
    void a10_1_aCertificateRevokedBeforeSigningFails() {
        OwnUnits.Issuer issuer = OwnUnits.in(context).freshIssuer("XV", "清河县核验测试二局");
        SealInfo seal = issuer.seal();
        long id = signedBy(issuer, "关于吊销后签发文件的通知");
        seals.revoke(seal.id(), 1);
        // a loss reported with an earlier date than the signature: the signature was made with a revoked key;
        // written as UTC wall-clock time, as Hibernate stores instants (hibernate.jdbc.time_zone)
        Instant signedAt = new PdfSignatureVerifier()
                .verify(layout(id))
                .latest()
                .orElseThrow()
                .signingTime();
        jdbc.update(
                "update seal_revoked_certificate set revoked_at = ? where serial_number = ?",
                LocalDateTime.ofInstant(signedAt.minus(Duration.ofHours(1)), ZoneOffset.UTC),
                seal.serialNumber());

        ReceiptChecks checks = as(OwnUnits.login(recipient, Role.CLERK), () -> verification.verify(id));

        assertThat(checks.check(ReceiptCheckCode.CERTIFICATE).passed()).isFalse();
        assertThat(checks.check(ReceiptCheckCode.CERTIFICATE).detailKey())
                .isEqualTo("receiptCheck.certificate.revokedBefore");
        assertThat(checks.allPassed()).isFalse();
    }

    @Test
    void a4_3_onlyTheSenderRecipientsAndCountyWideRolesMayVerify() {
        long id = signedByTheChain("关于核验查看范围的通知");

        assertThatThrownBy(() -> as("z02.clerk", () -> verification.verify(id)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("document.error.notFound"));
        // of the sending unit, but no role that may verify
        assertThatThrownBy(() ->
                        as(OwnUnits.login(chain.sender().code(), Role.SEAL_CUSTODIAN), () -> verification.verify(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("bgs.supervisor", () -> verification.verify(id)).allPassed())
                .isTrue();
    }

    private long signedByTheChain(String title) {
        return chain.signedAndAwaitingConfirmation(title, recipients());
    }

    private long signedBy(OwnUnits.Issuer issuer, String title) {
        return DocumentChain.in(context)
                .signedAndAwaitingConfirmation(issuer.login(), issuer.organ(), title, recipients());
    }

    private List<RecipientEntry> recipients() {
        long unitId = organization.unitByCode(recipient).orElseThrow().id();
        return List.of(new RecipientEntry(unitId, RecipientKind.MAIN, 2));
    }

    private String layoutSha256(long id) {
        return jdbc.queryForObject("select layout_sha256 from document_document where id = ?", String.class, id);
    }

    private byte[] layout(long id) {
        return jdbc.queryForObject(
                "select data from document_content where sha256 = ?", byte[].class, layoutSha256(id));
    }

    private <T> T as(String username, Supplier<T> action) {
        GongwenPrincipal principal = (GongwenPrincipal) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
