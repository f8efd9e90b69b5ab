package org.gongwen.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongwen.audit.AuditLog;
import org.gongwen.document.internal.DocumentService;
import org.gongwen.document.internal.Draft;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.pdf.LayoutRenderer;
import org.gongwen.pdf.OfdLayoutWriter;
import org.gongwen.pdf.OfdPrintCopies;
import org.gongwen.pdf.OfdSigning;
import org.gongwen.pdf.PdfSignatureVerifier;
import org.gongwen.pdf.PdfSigning;
import org.gongwen.pdf.PrintCopies;
import org.gongwen.seal.CopyCountersigning;
import org.gongwen.seal.SealDirectory;
import org.gongwen.seal.SealSigningService;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.support.ModuleTestSettings;
import org.gongwen.support.TestDatabaseProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document module on its own (with {@code shared}), the organisation, seal, receipt and other
 * modules mocked: a clerk's draft is checked and saved, and other modules see it through {@link
 * IssuedDocuments}; a classified draft is refused.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "shared", webEnvironment = WebEnvironment.NONE)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@TestPropertySource(properties = {ModuleTestSettings.NO_MODEL_DEPLOYMENT, ModuleTestSettings.NO_WEB})
@Transactional
class DocumentModuleTests {

    /** Ids no real unit has, so the draft stays apart from every other test's. */
    private static final long UNIT = 9_700_021L;

    private static final long RECIPIENT = 9_700_022L;

    @MockitoBean
    OrganizationService organization;

    @MockitoBean
    AuthenticatedUser authenticatedUser;

    @MockitoBean
    NotificationService notifications;

    @MockitoBean
    AuditLog auditLog;

    @MockitoBean
    DistributionLookup distributions;

    @MockitoBean
    SealDirectory seals;

    @MockitoBean
    SealSigningService sealSigning;

    @MockitoBean
    CopyCountersigning countersigning;

    @MockitoBean
    LayoutRenderer layoutRenderer;

    @MockitoBean
    OfdLayoutWriter ofdLayoutWriter;

    @MockitoBean
    OfdPrintCopies ofdPrintCopies;

    @MockitoBean
    OfdSigning ofdSigning;

    @MockitoBean
    PdfSigning pdfSigning;

    @MockitoBean
    PdfSignatureVerifier pdfSignatures;

    @MockitoBean
    PrintCopies printCopies;

    @Autowired
    DocumentService drafting;

    @Autowired
    IssuedDocuments issued;

    @Test
    void aSavedDraftIsSeenByOtherModulesAndAClassifiedOneIsRefused() {
        when(organization.unit(RECIPIENT))
                .thenReturn(Optional.of(new UnitInfo(
                        RECIPIENT, "M-DOC-R", "模块收文局", "收文局", UnitKind.DEPARTMENT, null, "收", false, true)));
        when(authenticatedUser.require())
                .thenReturn(new CurrentUser(1L, "module-clerk", "文书", UNIT, "M-DOC", "模块发文局", Set.of("ROLE_CLERK")));

        DocumentInfo saved = drafting.create(draft(Secrecy.NON_CLASSIFIED));

        DocumentHeadline headline = issued.headline(saved.id());
        assertThat(headline.unitId()).isEqualTo(UNIT);
        assertThat(headline.title()).isEqualTo("关于模块测试的通知");
        assertThat(headline.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(issued.recipients(saved.id())).containsExactly(new RecipientEntry(RECIPIENT, RecipientKind.MAIN, 2));

        assertThatThrownBy(() -> drafting.create(draft(Secrecy.SECRET)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("document.error.classified"));
    }

    private static Draft draft(Secrecy secrecy) {
        return new Draft(
                DocumentKind.NOTICE,
                "关于模块测试的通知",
                Urgency.NONE,
                secrecy,
                false,
                List.of(new RecipientEntry(RECIPIENT, RecipientKind.MAIN, 2)),
                List.of(new BodyBlock(0, "各单位：请按时参加模块测试。")),
                "模块发文局",
                LocalDate.of(2026, 3, 2),
                null,
                null,
                null);
    }
}
