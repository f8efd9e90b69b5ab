package org.gongwen.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.internal.DocumentIssuing;
import org.gongwen.document.internal.DocumentService;
import org.gongwen.document.internal.Draft;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.security.internal.GongwenPrincipal;
import org.gongwen.shared.BusinessException;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.PdfInspection;
import org.gongwen.support.PdfInspection.TextRun;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Print files of a signed document (A11.2): official copies with 份号, copies without legal force.
 * The issuing unit with its seal and the recipient are the test's own; the issuer's name is all
 * Chinese, so its red header is one run of text.
 */
@IntegrationTest
class DocumentPrintsIntegrationTests {

    static final float MM = 72f / 25.4f;

    @Autowired
    DocumentPrints prints;

    @Autowired
    DocumentService drafting;

    @Autowired
    DocumentIssuing issuing;

    @Autowired
    IssuedDocuments issued;

    @Autowired
    ProcessEngine engine;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.gongwen.shared.CountyZone zone;

    @Autowired
    java.time.Clock clock;

    @Autowired
    ApplicationContext context;

    static final String ISSUER = "清河县打印核对测试局";

    /** The issuer's login prefix: its people are {@code <issuer>.clerk}, {@code .leader} and {@code .seal}. */
    String issuer;

    long recipient;

    @BeforeEach
    void ownUnits() {
        OwnUnits own = OwnUnits.in(context);
        issuer = own.freshIssuerNamed("DP", ISSUER).login();
        recipient = organization
                .unitByCode(own.freshUnit("DR", "清河县打印收文测试局", Role.CLERK))
                .orElseThrow()
                .id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a11_anOfficialCopyIsTheSignedLayoutWithItsCopyNumberRedHeaderAndSeal() {
        long id = signed("关于开展打印份号核对工作的通知", LocalDate.now());
        PdfInspection copy = new PdfInspection(prints.officialCopy(id, 3));
        TextRun copyNumber = copy.runsContaining("000003").get(0);
        assertThat(copyNumber.page()).isEqualTo(1);
        assertThat(copyNumber.box().getLeft()).isCloseTo(28 * MM, offset(0.5f));
        assertThat(copyNumber.box().getTop()).isBetween(297 * MM - 37 * MM - 225 * MM / 22, 297 * MM - 37 * MM);
        assertThat(copy.runsContaining(ISSUER + "文件"))
                .singleElement()
                .satisfies(mark -> assertThat(PdfInspection.isRed(mark.fill())).isTrue());
        assertThat(copy.strokes)
                .filteredOn(s -> PdfInspection.isRed(s.colour()))
                .hasSize(1);
        int datePage = copy.texts.stream()
                .filter(t -> t.text().matches(".*\\d{4}年\\d{1,2}月\\d{1,2}日"))
                .findFirst()
                .orElseThrow()
                .page();
        assertThat(copy.images)
                .singleElement()
                .satisfies(seal -> assertThat(seal.page()).isEqualTo(datePage));
        // the 版记 at the foot of an even page, the last one
        assertThat(copy.runsContaining("印发"))
                .singleElement()
                .satisfies(printed ->
                        assertThat(printed.page()).isEqualTo(copy.pages).isEven());
        assertThat(copy.allText()).contains(issued.info(id).docNumber()).contains("关于开展打印份号核对工作的通知");
    }

    @Test
    void a11_aCopyBeyondTheQuotaHasNoRedNoSealAndSaysItHasNoLegalForceOnEveryPage() {
        long id = signed("关于开展超额打印核对工作的通知", LocalDate.of(2026, 11, 20));
        PdfInspection copy = new PdfInspection(prints.unofficialCopy(id));
        assertThat(copy.pages).isEqualTo(new PdfInspection(prints.officialCopy(id, 1)).pages);
        assertThat(copy.reds()).isEmpty();
        assertThat(copy.images).isEmpty();
        assertThat(copy.pageTexts)
                .hasSize(copy.pages)
                .allSatisfy(page -> assertThat(page).contains("超出印制份数 · 无法律效力"));
        assertThat(copy.allText())
                .doesNotContain(ISSUER + "文件")
                .doesNotContain("000001")
                .contains(issued.info(id).docNumber())
                .contains("关于开展超额打印核对工作的通知")
                .contains("2026年11月20日");
    }

    @Test
    void a11_aDocumentWithoutADateIsPrintedWithTheDayItWasSignedEvenWhenItsFileWasStoredAgain() {
        long id = signed("关于开展成文日期核对工作的通知", null);
        // the day of the seal signature's time-stamp, not the day the file was (last) stored: archiving stores it again
        jdbc.update(
                "update document_content set created_at = ? where sha256 = "
                        + "(select layout_sha256 from document_document where id = ?)",
                Timestamp.valueOf(LocalDateTime.of(2026, 3, 2, 12, 0)),
                id);
        LocalDate today = zone.today(clock);
        String signingDay = today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";
        assertThat(new PdfInspection(prints.unofficialCopy(id)).allText())
                .contains(signingDay)
                .contains(signingDay + "印发")
                .doesNotContain("2026年3月2日");
    }

    @Test
    void a11_aDocumentNotYetSignedIsNotPrinted() {
        GongwenPrincipal clerk = (GongwenPrincipal) users.loadUserByUsername(issuer + ".clerk");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(clerk, null, clerk.getAuthorities()));
        long draft = drafting.create(new Draft(
                        DocumentKind.NOTICE,
                        "关于未签发公文打印的通知",
                        null,
                        null,
                        false,
                        List.of(),
                        List.of(BodyBlock.paragraph("请勿打印。")),
                        ISSUER,
                        null,
                        null,
                        null,
                        null))
                .id();
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> prints.officialCopy(draft, 1)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
            assertThat(e.messageKey()).isEqualTo("documentPrint.error.notSigned");
        });
        assertThatThrownBy(() -> prints.unofficialCopy(draft))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documentPrint.error.notSigned"));
        assertThatThrownBy(() -> prints.unofficialCopy(-1))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
    }

    /**
     * What the leader approves is what is issued: for bodies ending on nine successive lines (so that
     * some leave no room for the seal), the preview made before signing, the signed file and a copy
     * without legal force break their pages alike.
     */
    @Test
    void a11_thePreviewTheSignedFileAndACopyBreakTheirPagesAlike() {
        List<RecipientEntry> recipients = List.of(new RecipientEntry(recipient, RecipientKind.MAIN, 2));
        LocalDate date = LocalDate.of(2026, 11, 20);
        DocumentChain chain = DocumentChain.in(context);
        for (int paragraphs = 20; paragraphs < 29; paragraphs++) {
            List<BodyBlock> body = new java.util.ArrayList<>();
            for (int i = 0; i < paragraphs; i++) {
                body.add(BodyBlock.paragraph("各单位应当严格执行公文处理工作条例及时办理。"));
            }
            String title = "关于核对预览与签发文件分页的通知";
            long id = chain.signedAndAwaitingConfirmation(issuer, ISSUER, title, recipients, body, date);
            SignIn.as(users, issuer + ".clerk");
            byte[] preview;
            byte[] signedLayout;
            try {
                preview = drafting.preview(new Draft(
                        DocumentKind.NOTICE,
                        title,
                        null,
                        null,
                        false,
                        recipients,
                        body,
                        ISSUER,
                        date,
                        null,
                        null,
                        null));
                signedLayout = drafting.layout(id);
            } finally {
                SecurityContextHolder.clearContext();
            }
            PdfInspection approved = new PdfInspection(preview);
            PdfInspection signed = new PdfInspection(signedLayout);
            PdfInspection copy = new PdfInspection(prints.unofficialCopy(id));
            assertThat(signed.pages)
                    .as("%d paragraphs", paragraphs)
                    .isEqualTo(approved.pages)
                    .isEqualTo(copy.pages);
            for (int page = 0; page < signed.pages; page++) {
                assertThat(withoutNumber(signed.pageTexts.get(page)))
                        .as("%d paragraphs, page %d", paragraphs, page + 1)
                        .isEqualTo(withoutNumber(approved.pageTexts.get(page)));
            }
        }
    }

    private static String withoutNumber(String page) {
        return page.replaceAll("\\S*〔\\d{4}〕\\S*号", "").replaceAll("\\s", "").replace(ISSUER + "文件", "");
    }

    private long signed(String title, LocalDate date) {
        return DocumentChain.in(context)
                .signedAndAwaitingConfirmation(
                        issuer,
                        ISSUER,
                        title,
                        List.of(new RecipientEntry(recipient, RecipientKind.MAIN, 2)),
                        List.of(BodyBlock.paragraph("各单位：请按要求认真落实。")),
                        date);
    }
}
