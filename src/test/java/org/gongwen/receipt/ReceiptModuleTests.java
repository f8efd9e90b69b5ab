package org.gongwen.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongwen.audit.AuditLog;
import org.gongwen.document.DocumentHeadline;
import org.gongwen.document.DocumentKind;
import org.gongwen.document.DocumentPrints;
import org.gongwen.document.DocumentStatus;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.Urgency;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.pdf.LayoutInspector;
import org.gongwen.pdf.OfdSignatureVerifier;
import org.gongwen.pdf.OfdViewer;
import org.gongwen.pdf.PdfSignatureVerifier;
import org.gongwen.receipt.internal.Delivery;
import org.gongwen.receipt.internal.ReceiptDelivery;
import org.gongwen.seal.SealCertificateCheck;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.PersonNames;
import org.gongwen.support.ModuleTestSettings;
import org.gongwen.support.TestDatabaseProfiles;
import org.gongwen.workflow.TaskInboxService;
import org.gongwen.workflow.WorkingCalendar;
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
 * The receipt module on its own (with {@code shared}), the document, organisation and other modules
 * mocked: delivering a document to a unit creates one distribution, however often the fan-out job
 * retries, and it waits in that unit's inbox.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "shared", webEnvironment = WebEnvironment.NONE)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@TestPropertySource(properties = {ModuleTestSettings.NO_MODEL_DEPLOYMENT, ModuleTestSettings.NO_WEB})
@Transactional
class ReceiptModuleTests {

    /** Ids no real unit or document has, so the distribution stays apart from every other test's. */
    private static final long SENDER = 9_700_011L;

    private static final long RECIPIENT = 9_700_012L;
    private static final long DOCUMENT = 9_700_013L;

    @MockitoBean
    OrganizationService organization;

    @MockitoBean
    IssuedDocuments documents;

    @MockitoBean
    DocumentPrints documentPrints;

    @MockitoBean
    AuthenticatedUser authenticatedUser;

    @MockitoBean
    PersonNames personNames;

    @MockitoBean
    NotificationService notifications;

    @MockitoBean
    AuditLog auditLog;

    @MockitoBean
    SealCertificateCheck sealCertificates;

    @MockitoBean
    LayoutInspector layoutInspector;

    @MockitoBean
    PdfSignatureVerifier pdfSignatures;

    @MockitoBean
    OfdSignatureVerifier ofdSignatures;

    @MockitoBean
    OfdViewer ofdViewer;

    @MockitoBean
    TaskInboxService taskInbox;

    @MockitoBean
    WorkingCalendar workingCalendar;

    @Autowired
    ReceiptDelivery delivery;

    @Autowired
    ReceiptService receipts;

    @Test
    void aRetriedDeliveryLeavesOneDistributionWaitingInTheInbox() {
        when(organization.unit(SENDER)).thenReturn(Optional.of(unit(SENDER, "模块发文局")));
        when(organization.unit(RECIPIENT)).thenReturn(Optional.of(unit(RECIPIENT, "模块收文局")));
        RecipientEntry recipient = new RecipientEntry(RECIPIENT, RecipientKind.MAIN, 2);
        when(documents.headline(DOCUMENT))
                .thenReturn(new DocumentHeadline(
                        DOCUMENT,
                        SENDER,
                        DocumentKind.NOTICE,
                        "关于模块测试的通知",
                        "模〔2026〕1号",
                        Urgency.NONE,
                        DocumentStatus.SENT,
                        Instant.parse("2026-03-02T01:00:00Z")));
        when(documents.recipients(DOCUMENT)).thenReturn(List.of(recipient));

        Delivery first = delivery.deliver(DOCUMENT, recipient, 1, "module-test");
        Delivery retried = delivery.deliver(DOCUMENT, recipient, 1, "module-test");

        assertThat(retried.distributionId()).isEqualTo(first.distributionId());
        assertThat(first.senderName()).isEqualTo("模块发文局");
        assertThat(receipts.waitingCountOfUnit(RECIPIENT)).isEqualTo(1);
    }

    private static UnitInfo unit(long id, String name) {
        return new UnitInfo(id, "M" + id, name, name, UnitKind.DEPARTMENT, null, "模", false, true);
    }
}
