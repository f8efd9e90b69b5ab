package org.gongwen.receipt.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.gongwen.document.BodyBlock;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.DocumentKind;
import org.gongwen.document.DocumentStatus;
import org.gongwen.document.Secrecy;
import org.gongwen.document.SignedLayout;
import org.gongwen.document.Urgency;
import org.gongwen.pdf.LayoutFacts;
import org.gongwen.pdf.PdfSignature;
import org.gongwen.pdf.PdfSignatures;
import org.gongwen.seal.CertificateStanding;
import org.gongwen.shared.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A10.1: each way a check fails says why, in words the recipient understands. */
class ReceiptCheckRulesTests {

    static final byte[] PDF = "%PDF stand-in".getBytes(StandardCharsets.US_ASCII);
    static final String SHA256 = "a7b4f6c7e0d25a7c4c1bbc0d1ee58b3c0c7e1c0b4c8f5e6c8b0c0d8f5f9e3a11";
    static final Instant SIGNED_AT = Instant.parse("2026-11-20T02:00:00Z");

    final ReceiptCheckRules rules = new ReceiptCheckRules(ZoneId.of("Asia/Shanghai"));

    @Test
    void a10_1_withoutASignedLayoutEveryCheckFails() {
        Evidence evidence = new Evidence(
                document("清城发〔2026〕7号"),
                new SignedLayout(1, null, null, 10, "Z01", "清河县城关镇人民政府", "清河县城关镇人民政府文件", null, null, null),
                new PdfSignatures(false, "empty file", List.of()),
                new LayoutFacts(false, 0, 0, ""),
                null);

        assertThat(rules.all(evidence)).allSatisfy(check -> {
            assertThat(check.passed()).isFalse();
            assertThat(check.detailKey()).isEqualTo("receiptCheck.noLayout");
        });
    }

    @Test
    void a10_1_aCertificateOfAnotherUnitOrSealFailsTheSenderCheck() {
        CertificateStanding otherUnit = standing("Z02", 21L, 20L, null);
        assertThat(rules.sender(evidence(signature(true, true), otherUnit, facts())))
                .satisfies(c -> assertThat(c.passed()).isFalse())
                .satisfies(c -> assertThat(c.detail(translations(), Translations.CHINESE))
                        .isEqualTo("签名证书属于“清河县测试单位”（Z02），不是发文单位“清河县城关镇人民政府”（Z01）。"));

        CertificateStanding otherSeal = standing("Z01", 12L, 10L, null);
        assertThat(rules.sender(evidence(signature(true, true), otherSeal, facts()))
                        .detailKey())
                .isEqualTo("receiptCheck.sender.unknownSeal");
        CertificateStanding unregistered = standing("Z01", null, null, null);
        assertThat(rules.sender(evidence(signature(true, true), unregistered, facts()))
                        .detailKey())
                .isEqualTo("receiptCheck.sender.unknownSeal");
    }

    @Test
    void a10_1_aFileChangedAfterSigningOrInStorageFailsTheSignatureCheck() {
        CertificateStanding good = standing("Z01", 11L, 10L, null);
        assertThat(rules.signature(evidence(signature(true, false), good, facts()))
                        .detailKey())
                .isEqualTo("receiptCheck.signature.changedAfter");
        assertThat(rules.signature(evidence(signature(false, true), good, facts()))
                        .detailKey())
                .isEqualTo("receiptCheck.signature.broken");
        Evidence storeMismatch = evidence(signature(true, true), good, facts());
        assertThat(storeMismatch.layout().matchesRecordedHash()).isFalse();
        assertThat(rules.signature(storeMismatch).detailKey()).isEqualTo("receiptCheck.signature.storeMismatch");
        Evidence unsigned = new Evidence(
                document("清城发〔2026〕7号"), layout(11L), new PdfSignatures(true, null, List.of()), facts(), null);
        assertThat(rules.signature(unsigned).detailKey()).isEqualTo("receiptCheck.signature.none");
    }

    @Test
    void a10_1_aForeignOrUndatedCertificateFailsAndARevocationAfterSigningIsNoted() {
        CertificateStanding foreign =
                new CertificateStanding(false, true, "Z01", "清河县城关镇人民政府", "清河县城关镇人民政府", null, null, null, false);
        assertThat(rules.certificate(evidence(signature(true, true), foreign, facts()))
                        .detailKey())
                .isEqualTo("receiptCheck.certificate.foreign");
        Evidence undated = new Evidence(
                document("清城发〔2026〕7号"),
                layout(11L),
                new PdfSignatures(
                        true,
                        null,
                        List.of(new PdfSignature("seal-1", true, true, null, List.of(), null, false, null, false))),
                facts(),
                standing("Z01", 11L, 10L, null));
        assertThat(rules.certificate(undated).detailKey()).isEqualTo("receiptCheck.certificate.noTime");

        Instant revokedAt = SIGNED_AT.plusSeconds(86_400);
        ReceiptCheck later =
                rules.certificate(evidence(signature(true, true), standing("Z01", 11L, 10L, revokedAt), facts()));
        assertThat(later.passed()).isTrue();
        assertThat(later.detail(translations(), Translations.CHINESE))
                .contains("2026-11-20 10:00:00", "2026-11-21 10:00:00", "吊销");
    }

    @Test
    void a10_1_missingElementsAreNamed() {
        LayoutFacts withoutNumberOrSeal =
                new LayoutFacts(true, 2, 0, "清河县城关镇人民政府文件关于开展收文核验演练的通知各单位：清河县城关镇人民政府2026年11月20日");

        ReceiptCheck check =
                rules.elements(evidence(signature(true, true), standing("Z01", 11L, 10L, null), withoutNumberOrSeal));

        assertThat(check.passed()).isFalse();
        assertThat(check.detail(translations(), Translations.CHINESE)).isEqualTo("缺少公文要素：发文字号、印章。");
        assertThat(check.detail(translations(), Locale.ENGLISH))
                .isEqualTo("Missing document elements: document number, seal.");
        assertThat(rules.elements(evidence(signature(true, true), standing("Z01", 11L, 10L, null), facts()))
                        .passed())
                .isTrue();
    }

    private static Evidence evidence(PdfSignature signature, CertificateStanding standing, LayoutFacts facts) {
        return new Evidence(
                document("清城发〔2026〕7号"),
                layout(11L),
                new PdfSignatures(true, null, List.of(signature)),
                facts,
                standing);
    }

    private static SignedLayout layout(Long sealId) {
        return new SignedLayout(1, PDF, SHA256, 10, "Z01", "清河县城关镇人民政府", "清河县城关镇人民政府文件", sealId, null, null);
    }

    private static PdfSignature signature(boolean intact, boolean coversWholeDocument) {
        return new PdfSignature(
                "seal-1",
                coversWholeDocument,
                intact,
                null,
                List.of(),
                SIGNED_AT,
                false,
                intact && coversWholeDocument ? null : "changed",
                false);
    }

    private static CertificateStanding standing(String unitCode, Long sealId, Long sealUnitId, Instant revokedAt) {
        return new CertificateStanding(
                true,
                true,
                unitCode,
                "Z01".equals(unitCode) ? "清河县城关镇人民政府" : "清河县测试单位",
                "清河县城关镇人民政府",
                sealId,
                sealUnitId,
                revokedAt,
                false);
    }

    private static LayoutFacts facts() {
        return new LayoutFacts(
                true, 1, 1, "清河县城关镇人民政府文件清城发〔2026〕7号关于开展收文核验演练的通知各单位：" + "请按要求认真落实。清河县城关镇人民政府2026年11月20日");
    }

    private static DocumentInfo document(String docNumber) {
        return new DocumentInfo(
                1,
                10,
                "z01.clerk",
                DocumentKind.NOTICE,
                "关于开展收文核验演练的通知",
                Urgency.NONE,
                Secrecy.NON_CLASSIFIED,
                false,
                docNumber,
                DocumentStatus.SIGNED,
                List.of(),
                List.of(BodyBlock.paragraph("各单位：请按要求认真落实。")),
                List.of(),
                "清河县城关镇人民政府",
                LocalDate.of(2026, 11, 20),
                null,
                null,
                null,
                false,
                false,
                true,
                SIGNED_AT,
                null);
    }

    private static Translations translations() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Translations(messages);
    }
}
