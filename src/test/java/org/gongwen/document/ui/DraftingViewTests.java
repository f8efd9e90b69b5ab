package org.gongwen.document.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongwen.document.AttachmentInfo;
import org.gongwen.document.BodyBlock;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.DocumentKind;
import org.gongwen.document.DocumentStatus;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.Secrecy;
import org.gongwen.document.internal.DocumentProperties;
import org.gongwen.document.internal.DocumentService;
import org.gongwen.document.internal.Draft;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.shared.CountyZone;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drafting as a unit of the test's own (its clerk, leader and technician), to a recipient unit of its
 * own; the one draft to every town is saved and submitted, never sent.
 */
class DraftingViewTests extends KaribuTest {

    @Autowired
    DocumentService documents;

    @Autowired
    OrganizationService organization;

    @Autowired
    CountyZone zone;

    @Autowired
    DocumentProperties limits;

    /** The drafting unit's code. */
    String drafter;

    UnitInfo recipient;

    @BeforeEach
    void ownUnits() {
        OwnUnits own = OwnUnits.in(context);
        drafter = own.freshUnit("DV", "清河县拟稿测试中心", Role.CLERK, Role.LEADER, Role.TECHNICIAN);
        recipient = organization
                .unitByCode(own.freshUnit("DW", "清河县拟稿收文测试局", Role.CLERK))
                .orElseThrow();
    }

    private String person(Role role) {
        return OwnUnits.login(drafter, role);
    }

    @Test
    void a4_a11_aClerkDraftsPreviewsAndSubmitsADocument() {
        login(person(Role.CLERK));
        DraftingView view = open();
        assertThat(view.header.signingOrgan.getValue())
                .isEqualTo(organization.unitByCode(drafter).orElseThrow().fullName());
        assertThat(view.header.date.getValue()).isEqualTo(LocalDate.now(zone.zone()));
        view.header.kind.setValue(DocumentKind.NOTICE);
        view.header.title.setValue("关于做好医疗废物处置工作的通知");

        view.recipients.allTowns.click();
        view.recipients.allTowns.click();
        UnitInfo copy = recipient;
        view.recipients.unit.setValue(copy);
        view.recipients.addCopy.click();
        int towns = documents.group(UnitKind.TOWN, RecipientKind.MAIN).size();
        assertThat(view.recipients.value())
                .hasSize(towns + 1)
                .allMatch(r -> r.printQuota() == documents.defaultPrintQuota());

        view.body.blocks.get(0).text.setValue("各乡镇人民政府：为规范医疗废物处置，现就有关事项通知如下。");
        view.body.add.click();
        view.body.blocks.get(1).level.setValue(1);
        view.body.blocks.get(1).text.setValue("一、落实处置责任");
        view.body.add.click();
        view.body.blocks.get(2).text.setValue("各单位要明确专人负责。");
        view.save.click();

        assertThat(view.saved).isNotNull();
        DocumentInfo saved = documents.get(view.saved.id());
        assertThat(saved.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(saved.recipients())
                .hasSize(towns + 1)
                .contains(new RecipientEntry(copy.id(), RecipientKind.COPY, documents.defaultPrintQuota()))
                .filteredOn(r -> r.kind() == RecipientKind.MAIN)
                .hasSize(towns);
        assertThat(saved.body())
                .containsExactly(
                        BodyBlock.paragraph("各乡镇人民政府：为规范医疗废物处置，现就有关事项通知如下。"),
                        BodyBlock.heading(1, "一、落实处置责任"),
                        BodyBlock.paragraph("各单位要明确专人负责。"));

        view.previewPdf = null;
        view.refresh.click();
        assertThat(new String(view.previewPdf, 0, 4)).isEqualTo("%PDF");
        assertThat(view.preview.hasFile()).isTrue();
        assertThat(view.preview.file(null)).isEqualTo(view.previewPdf);

        view.attachments.paperName.setValue("附件：医疗废物处置点位图（纸质）");
        view.attachments.addPaper.click();
        assertThat(documents.get(saved.id()).attachments())
                .extracting(AttachmentInfo::name, AttachmentInfo::paperOnly)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("附件：医疗废物处置点位图（纸质）", true));

        view.submit.click();
        assertThat(documents.get(saved.id()).status()).isEqualTo(DocumentStatus.IN_APPROVAL);
        assertThat(current()).isInstanceOf(SentDocumentsView.class);
        SentDocumentsView sent = (SentDocumentsView) current();
        assertThat(sent.grid.getListDataView().getItems().filter(d -> d.id() == saved.id()))
                .singleElement()
                .extracting(DocumentInfo::status)
                .isEqualTo(DocumentStatus.IN_APPROVAL);
    }

    @Test
    void a34_aClassifiedChoiceIsExplainedAndNothingIsSaved() {
        login(person(Role.CLERK));
        DraftingView view = open();
        assertThat(view.header.classified.isVisible()).isFalse();
        view.header.secrecy.setValue(Secrecy.SECRET);
        assertThat(view.header.classified.isVisible()).isTrue();
        assertThat(view.header.classified.getText()).contains("机要渠道");
        view.header.title.setValue("关于某涉密事项的通知");
        view.body.blocks.get(0).text.setValue("正文");
        view.save.click();
        assertThat(view.saved).isNull();
        assertThat(documents.mine()).noneMatch(d -> d.title().equals("关于某涉密事项的通知"));
    }

    @Test
    void aSavedDraftOpensForEditingAndAWordDraftReplacesItsBody() throws IOException {
        login(person(Role.LEADER));
        DocumentInfo draft = documents.create(new Draft(
                DocumentKind.LETTER,
                "关于商请支持的函",
                null,
                null,
                false,
                List.of(new RecipientEntry(recipient.id(), RecipientKind.MAIN, 2)),
                List.of(BodyBlock.paragraph("旧正文")),
                "清河县第一中学",
                LocalDate.now(),
                null,
                null,
                null));
        UI.getCurrent().navigate(DraftingView.class, new RouteParameters("id", String.valueOf(draft.id())));
        DraftingView view = (DraftingView) current();
        assertThat(view.header.title.getValue()).isEqualTo("关于商请支持的函");
        assertThat(view.recipients.value()).hasSize(1);

        view.importDocx(docx("一、基本情况", "我校现有学生三千人。"));
        assertThat(view.body.value())
                .containsExactly(BodyBlock.heading(1, "一、基本情况"), BodyBlock.paragraph("我校现有学生三千人。"));
        view.body.blocks.get(1).text.setValue("我校现有学生三千余人。");
        view.save.click();
        DocumentInfo saved = documents.get(draft.id());
        assertThat(saved.hasDocx()).isTrue();
        assertThat(saved.title()).isEqualTo("关于商请支持的函");
        assertThat(saved.body()).containsExactly(BodyBlock.heading(1, "一、基本情况"), BodyBlock.paragraph("我校现有学生三千余人。"));
    }

    @Test
    void theMenuLeadsToDraftingAndTheSentList() {
        login(person(Role.LEADER));
        UI.getCurrent().navigate(SentDocumentsView.class);
        assertThat(com.vaadin.flow.server.menu.MenuConfiguration.getMenuEntries())
                .extracting(com.vaadin.flow.server.menu.MenuEntry::path)
                .contains("/documents/draft", "/documents");
    }

    @Test
    void aPdfBecomesTheBodyPagesOnceTheDraftIsSavedAndCanBeRemoved() throws IOException {
        login(person(Role.CLERK));
        DraftingView view = open();
        assertThat(view.bodyPdfUpload.isVisible()).isFalse();
        assertThat(view.removeBodyPdf.isVisible()).isFalse();
        DocumentInfo draft = documents.create(new Draft(
                DocumentKind.NOTICE,
                "关于校园安全检查的通知",
                null,
                null,
                false,
                List.of(new RecipientEntry(recipient.id(), RecipientKind.MAIN, 2)),
                List.of(BodyBlock.paragraph("正文见后。")),
                "清河县第二中学",
                LocalDate.now(),
                null,
                null,
                null));
        UI.getCurrent().navigate(DraftingView.class, new RouteParameters("id", String.valueOf(draft.id())));
        view = (DraftingView) current();
        assertThat(view.bodyPdfUpload.isVisible()).isTrue();
        assertThat(view.removeBodyPdf.isVisible()).isFalse();

        view.useBodyPdf(pdf(2));
        assertThat(documents.get(draft.id()).hasBodyPdf()).isTrue();
        assertThat(view.removeBodyPdf.isVisible()).isTrue();
        int withPdf = pages(view.previewPdf);
        assertThat(withPdf).isGreaterThanOrEqualTo(3);

        view.removeBodyPdf.click();
        assertThat(documents.get(draft.id()).hasBodyPdf()).isFalse();
        assertThat(view.removeBodyPdf.isVisible()).isFalse();
        assertThat(pages(view.previewPdf)).isLessThanOrEqualTo(withPdf - 2);
    }

    private static int pages(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static byte[] pdf(int pages) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Issue 18: a file one byte over the transmit limit (1 MB in the test profile) is listed for paper, saying why. */
    @Test
    void a11_3_anUploadOneByteOverTheLimitIsListedForPaperWithTheMessageNotAnError() {
        login(person(Role.CLERK));
        DocumentInfo draft = documents.create(new Draft(
                DocumentKind.NOTICE,
                "关于报送水利统计资料的通知",
                null,
                null,
                false,
                List.of(new RecipientEntry(recipient.id(), RecipientKind.MAIN, 2)),
                List.of(BodyBlock.paragraph("统计资料见附件。")),
                "清河县水利局",
                LocalDate.now(),
                null,
                null,
                null));
        UI.getCurrent().navigate(DraftingView.class, new RouteParameters("id", String.valueOf(draft.id())));
        DraftingView view = (DraftingView) current();
        assertThat(view.attachments.upload.getMaxFileSize())
                .as("the server's own limit, told before uploading")
                .isEqualTo(100 * 1024 * 1024);
        assertThat(view.attachments.paperNotice.isVisible()).isFalse();
        assertThat(view.attachments.limitsHint.getText())
                .isEqualTo("单个附件超过 1 MB，或正文 PDF 与电子传输的附件合计超过 3 MB 时，" + "附件不作电子传输，登记为纸质送达。");

        UploadKt._upload(view.attachments.upload, "名单.csv", "text/csv", csv(2000));
        assertThat(view.attachments.paperNotice.isVisible()).isFalse();
        UploadKt._upload(
                view.attachments.upload, "统计表.csv", "text/csv", csv(limits.attachmentTransmitLimitBytes() + 1));

        String message = "附件“统计表.csv”大小为 1.1 MB，超过单个附件电子传输上限 1 MB，已登记为纸质送达，请另行报送纸质件。";
        assertThat(view.attachments.paperNotice.isVisible()).isTrue();
        assertThat(view.attachments.paperNotice.getText()).isEqualTo(message);
        assertThat(getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .containsExactly(message);
        assertThat(GridKt._getFormattedRow(view.attachments.grid, 1)).startsWith("统计表.csv", "纸质送达");
        assertThat(GridKt._getFormattedRow(view.attachments.grid, 0)).startsWith("名单.csv", "电子传输");
        assertThat(documents.get(draft.id()).attachments())
                .extracting(AttachmentInfo::name, AttachmentInfo::paperOnly, AttachmentInfo::sizeBytes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("名单.csv", false, 2000L),
                        org.assertj.core.groups.Tuple.tuple(
                                "统计表.csv", true, limits.attachmentTransmitLimitBytes() + 1));
    }

    private static byte[] csv(long size) {
        byte[] data = new byte[(int) size];
        java.util.Arrays.fill(data, (byte) '7');
        return data;
    }

    @Test
    void aTechnicianMayNotDraft() {
        login(person(Role.TECHNICIAN));
        UI.getCurrent().navigate(DraftingView.class);
        assertThat(current()).isNotInstanceOf(DraftingView.class);
    }

    @Test
    void aNewDraftOpensWithoutErrorsAndSaysWhatThePreviewStillNeeds() {
        login(person(Role.CLERK));
        DraftingView view = open();
        assertThat(getNotifications())
                .as("nothing typed yet, nothing to complain about")
                .isEmpty();
        assertThat(view.header.title.isInvalid()).isFalse();
        assertThat(view.previewHint.isVisible()).isTrue();
        assertThat(view.previewHint.getText()).startsWith("填写标题、收文单位和正文后即可预览版式");

        view.submit.click();
        assertThat(getNotifications().isEmpty() && !view.header.title.isInvalid())
                .as("submitting checks the draft")
                .isFalse();
    }

    private DraftingView open() {
        UI.getCurrent().navigate(DraftingView.class);
        return (DraftingView) current();
    }

    private static Component current() {
        return (Component)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String text : paragraphs) {
                doc.createParagraph().createRun().setText(text);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }
}
