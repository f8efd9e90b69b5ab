package org.gongwen.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.internal.AttachmentUpload;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.pdf.PdfSignatureVerifier;
import org.gongwen.pdf.SeparateFiles;
import org.gongwen.receipt.verification.ReceiptCheck;
import org.gongwen.receipt.verification.ReceiptCheckCode;
import org.gongwen.receipt.verification.ReceiptVerification;
import org.gongwen.shared.Sha256;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.PdfInspection;
import org.gongwen.support.SampleAttachments;
import org.gongwen.support.Tampering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A document of a unit of the test's own, to another of its own, with a PDF, a .docx and a spreadsheet attached, issued through the real services
 * (A11.3): the PDF's and the .docx's pages are inside the signed layout, the spreadsheet is listed with
 * its digest, and the seal's signature covers all of it.
 */
@IntegrationTest
class AttachmentPagesIntegrationTests {

    static final float MM = 72f / 25.4f;

    @Autowired
    IssuedDocuments issued;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @Autowired
    ReceiptVerification verification;

    @Autowired
    DocumentPrints prints;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a11_3_pdfAndDocxAttachmentsArePagesOfTheSignedLayoutAndTheSpreadsheetIsListedWithItsDigest() {
        byte[] xlsx = SampleAttachments.xlsx();
        OwnUnits own = OwnUnits.in(context);
        OwnUnits.Issuer issuer = own.freshIssuer("AP", "清河县附件核对测试局");
        String organ = issuer.organ();
        String login = issuer.login();
        String recipient = own.freshUnit("AR", "清河县附件收文测试局", Role.CLERK);
        List<RecipientEntry> recipients = List.of(new RecipientEntry(
                organization.unitByCode(recipient).orElseThrow().id(), RecipientKind.MAIN, 2));
        DocumentChain chain = DocumentChain.in(context);
        long plain = chain.signedAndAwaitingConfirmation(login, organ, "关于报送附件核对材料的通知", recipients);
        long attached = chain.signedAndAwaitingConfirmation(
                login,
                organ,
                "关于报送附件核对材料的通知",
                recipients,
                List.of(
                        new AttachmentUpload("检查表.pdf", "application/pdf", SampleAttachments.pdf()),
                        new AttachmentUpload("工作方案.docx", "application/octet-stream", SampleAttachments.docx()),
                        new AttachmentUpload("统计表.xlsx", "application/octet-stream", xlsx)));

        byte[] signed = issued.signedLayoutFile(attached);
        PdfInspection layout = new PdfInspection(signed);
        int plainPages = new PdfInspection(issued.signedLayoutFile(plain)).pages;
        assertThat(layout.pages).isGreaterThanOrEqualTo(plainPages + 2);
        int sealPage = layout.images.stream()
                .filter(i -> i.box().getWidth() < 100 * MM)
                .findFirst()
                .orElseThrow()
                .page();
        int first = pageStartingWith(layout, "附件1");
        int second = pageStartingWith(layout, "附件2");
        assertThat(first).isGreaterThan(sealPage);
        assertThat(layout.images).anySatisfy(image -> {
            assertThat(image.page()).isEqualTo(first);
            assertThat(image.box().getWidth()).isGreaterThan(100 * MM);
        });
        assertThat(second).isGreaterThan(first);
        assertThat(layout.pageTexts.get(second - 1)).contains("请各村按方案开展自查。");
        assertThat(layout.allText()).contains("3. 统计表.xlsx").doesNotContain("附件3");
        assertThat(layout.runsContaining("印发"))
                .singleElement()
                .satisfies(colophon -> assertThat(colophon.page()).isGreaterThanOrEqualTo(second));

        assertThat(SeparateFiles.listed(signed))
                .containsExactly(new SeparateFiles.Listed(3, "统计表.xlsx", xlsx.length, Sha256.hex(xlsx)));
        var signature = new PdfSignatureVerifier().verify(signed).latest().orElseThrow();
        assertThat(signature.valid()).isTrue();
        assertThat(signature.coversWholeDocument()).isTrue();

        // an official copy is the signed layout with its 份号: the attachment pages print within the same quota
        assertThat(new PdfInspection(prints.officialCopy(attached, 1)).pages).isEqualTo(layout.pages);

        assertThat(signatureCheck(attached).passed()).isTrue();
        Tampering.flipOneByteOfStoredAttachment(jdbc, Sha256.hex(xlsx));
        ReceiptCheck changed = signatureCheck(attached);
        assertThat(changed.passed()).isFalse();
        assertThat(changed.detailKey()).isEqualTo("receiptCheck.signature.attachmentChanged");
    }

    private ReceiptCheck signatureCheck(long documentId) {
        return verification.verifyForProcess(documentId).checks().stream()
                .filter(c -> c.code() == ReceiptCheckCode.SIGNATURE)
                .findFirst()
                .orElseThrow();
    }

    static int pageStartingWith(PdfInspection layout, String text) {
        for (int i = 0; i < layout.pageTexts.size(); i++) {
            if (layout.pageTexts.get(i).strip().startsWith(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page starts with " + text + ": " + layout.pageTexts);
    }
}
