package org.gongwen.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.pdf.OfdSignatureCheck;
import org.gongwen.pdf.OfdSignatureVerifier;
import org.gongwen.pdf.OfdText;
import org.gongwen.pdf.OfdViewer;
import org.gongwen.receipt.internal.SignForService;
import org.gongwen.receipt.verification.ReceiptCheck;
import org.gongwen.receipt.verification.ReceiptCheckCode;
import org.gongwen.receipt.verification.ReceiptChecks;
import org.gongwen.receipt.verification.ReceiptVerification;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.security.AccountService;
import org.gongwen.shared.BusinessException;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.RealHttp;
import org.gongwen.support.SignIn;
import org.gongwen.support.Tampering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 15, receiving OFD: the A10.1 checks run on the sealed OFD beside the PDF and gate the sign-for the
 * same way; the office-system API serves layout.ofd byte for byte to the recipient only; the viewer renders it.
 * Each test sends to a recipient unit of its own.
 */
@IntegrationTest
class OfdReceivingIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    @Autowired
    SealLifecycleService seals;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Autowired
    ReceiptVerification verification;

    @Autowired
    ReceiptService receipts;

    @Autowired
    SignForService signing;

    @Autowired
    OfdViewer ofdViewer;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a10_1_theChecksOfAStampedAndSentDocumentIncludeTheOfdsAndPass() {
        String unit = ownRecipient();
        long distributionId = sendTo(unit, "关于收文核验OFD版式文件的通知");
        long documentId = documentOf(distributionId);
        SignIn.as(users, OwnUnits.login(unit, Role.CLERK));

        ReceiptChecks checks = verification.verify(documentId);

        assertThat(checks.checks())
                .extracting(ReceiptCheck::code)
                .contains(
                        ReceiptCheckCode.OFD_SENDER,
                        ReceiptCheckCode.OFD_SIGNATURE,
                        ReceiptCheckCode.OFD_CERTIFICATE,
                        ReceiptCheckCode.OFD_ELEMENTS);
        assertThat(checks.checks())
                .filteredOn(c -> c.code().ofd())
                .allSatisfy(c -> assertThat(c.applicable()).isTrue())
                .allSatisfy(c -> assertThat(c.passed())
                        .as(c.detailKey() + " " + c.args())
                        .isTrue());
        assertThat(checks.check(ReceiptCheckCode.OFD_SIGNATURE).detailKey()).isEqualTo("receiptCheck.ofd.signature.ok");
        signing.signFor(distributionId);
        assertThat(receipts.entry(distributionId).state()).isEqualTo(DistributionState.SIGNED);
    }

    @Test
    void a10_1_oneChangedByteInTheStoredOfdFailsItsChecksAndTheSignForIsRefused() {
        String unit = ownRecipient();
        long distributionId = sendTo(unit, "关于核查篡改OFD版式文件的通知");
        long documentId = documentOf(distributionId);
        Tampering.flipOneByteOfStoredAttachment(jdbc, ofdSha256(documentId));
        SignIn.as(users, OwnUnits.login(unit, Role.CLERK));

        ReceiptChecks checks = verification.verify(documentId);

        assertThat(checks.check(ReceiptCheckCode.SIGNATURE).passed())
                .as("the PDF is untouched")
                .isTrue();
        assertThat(checks.check(ReceiptCheckCode.OFD_SIGNATURE).passed()).isFalse();
        assertThat(checks.allPassed()).isFalse();
        assertThatThrownBy(() -> signing.signFor(distributionId))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("receipt.error.checksFailed");
        assertThat(receipts.entry(distributionId).state()).isEqualTo(DistributionState.DELIVERED);
    }

    @Test
    void a10_1_anOfdSealedWithASealRevokedBeforeTheSealingIsRefusedAtSignFor() {
        OwnUnits.Issuer sender = ownUnits().freshIssuer("XO", "清河县OFD核验测试局");
        SealInfo seal = sender.seal();
        String unit = ownRecipient();
        UnitInfo recipient = organization.unitByCode(unit).orElseThrow();
        DocumentChain chain = DocumentChain.in(context);
        long documentId = chain.signedAndAwaitingConfirmation(
                sender.login(),
                sender.organ(),
                "关于吊销后签章的OFD文件的通知",
                List.of(new RecipientEntry(recipient.id(), RecipientKind.MAIN, 1)));
        chain.confirmAndSend(sender.login(), documentId);
        SecurityContextHolder.clearContext();
        long distributionId = jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                recipient.id());
        seals.revoke(seal.id(), 1);
        // a loss reported with an earlier date than the sealing: the OFD was sealed with a revoked SM2 key
        OfdSignatureCheck sealed =
                new OfdSignatureVerifier().verify(storedOfd(documentId)).get(0);
        jdbc.update(
                "update seal_revoked_certificate set revoked_at = ? where serial_number = ?",
                LocalDateTime.ofInstant(sealed.signTime().minus(Duration.ofHours(1)), ZoneOffset.UTC),
                sealed.signerCertificate().getSerialNumber().toString(16));
        SignIn.as(users, OwnUnits.login(unit, Role.CLERK));

        ReceiptChecks checks = verification.verify(documentId);

        assertThat(checks.check(ReceiptCheckCode.OFD_CERTIFICATE).passed()).isFalse();
        assertThat(checks.check(ReceiptCheckCode.OFD_CERTIFICATE).detailKey())
                .isEqualTo("receiptCheck.certificate.revokedBefore");
        assertThatThrownBy(() -> signing.signFor(distributionId))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("receipt.error.checksFailed");
    }

    @Test
    void a14_layoutOfdServesTheStoredSealedOfdToTheRecipientOnly() throws Exception {
        String unit = ownRecipient();
        long distributionId = sendTo(unit, "关于接口读取OFD版式文件的通知");
        long documentId = documentOf(distributionId);
        String path = "/api/v1/inbox/" + distributionId + "/layout.ofd";

        HttpResponse<byte[]> mine =
                RealHttp.basic(port, OwnUnits.login(unit, Role.CLERK)).getBytes(path);

        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Type").orElse("")).startsWith("application/ofd");
        assertThat(sha256(mine.body())).isEqualTo(ofdSha256(documentId));
        assertThat(RealHttp.basic(port, OwnUnits.login(ownRecipient(), Role.CLERK))
                        .getBytes(path)
                        .statusCode())
                .isEqualTo(404);
        assertThat(RealHttp.anonymous(port).getBytes(path).statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForList(
                        "select detail from receipt_event where distribution_id = ? and type = 'DOWNLOADED'",
                        String.class,
                        distributionId))
                .contains("layout.ofd");
    }

    @Test
    void theViewerRendersTheOfdToAViewOnlyPdfAndLeavesTheStoredFileAlone() {
        String unit = ownRecipient();
        long distributionId = sendTo(unit, "关于在线阅读OFD版式文件的通知");
        long documentId = documentOf(distributionId);
        String before = ofdSha256(documentId);
        SignIn.as(users, OwnUnits.login(unit, Role.CLERK));

        byte[] ofd = receipts.layoutOfdForViewer(distributionId, "10.0.5.9");
        byte[] pdf = ofdViewer.toPdf(ofd);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(String.join("", OfdText.pageTexts(ofd))).contains("在线阅读OFD版式文件");
        assertThat(sha256(storedOfd(documentId))).isEqualTo(before);
    }

    /** A recipient unit of the test's own with a clerk; returns its code. */
    private String ownRecipient() {
        return ownUnits().freshUnit("OR", "清河县OFD收文测试局", Role.CLERK);
    }

    private long sendTo(String unitCode, String title) {
        long unitId = organization.unitByCode(unitCode).orElseThrow().id();
        long documentId = DocumentChain.in(context).sentTo(unitId, 1, title);
        SecurityContextHolder.clearContext();
        return jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);
    }

    private long documentOf(long distributionId) {
        return jdbc.queryForObject(
                "select document_id from receipt_distribution where id = ?", Long.class, distributionId);
    }

    private String ofdSha256(long documentId) {
        return jdbc.queryForObject(
                "select layout_ofd_sha256 from document_document where id = ?", String.class, documentId);
    }

    private byte[] storedOfd(long documentId) {
        return jdbc.queryForObject(
                "select data from document_content where sha256 = ?", byte[].class, ofdSha256(documentId));
    }

    private OwnUnits ownUnits() {
        return new OwnUnits(organization, accounts, seals);
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
