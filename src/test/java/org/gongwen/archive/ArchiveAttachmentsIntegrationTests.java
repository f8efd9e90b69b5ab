package org.gongwen.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.archive.internal.ArchivePackages;
import org.gongwen.archive.internal.PackageZip;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.internal.AttachmentUpload;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.shared.Sha256;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SampleAttachments;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The archival package of a document with attachments carries each electronic one's file, listed in its
 * manifest (A11.3, A38). The document goes from a unit of the test's own to another of its own.
 */
@IntegrationTest
class ArchiveAttachmentsIntegrationTests {

    @Autowired
    ArchivePackages archive;

    @Autowired
    ProcessEngine engine;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganizationService organization;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a11_3_thePackageHoldsThePdfTheDocxAndTheSpreadsheetButNoFileForAPaperAttachment() {
        byte[] pdf = SampleAttachments.pdf();
        byte[] docx = SampleAttachments.docx();
        byte[] xlsx = SampleAttachments.xlsx();
        OwnUnits own = OwnUnits.in(context);
        OwnUnits.Issuer issuer = own.freshIssuer("AA", "清河县附件归档测试局");
        String organ = issuer.organ();
        String login = issuer.login();
        String recipient = own.freshUnit("AB", "清河县归档收文测试局", Role.CLERK);
        DocumentChain chain = DocumentChain.in(context);
        long id = chain.signedAndAwaitingConfirmation(
                login,
                organ,
                "关于附件归档核对的通知",
                List.of(new RecipientEntry(
                        organization.unitByCode(recipient).orElseThrow().id(), RecipientKind.MAIN, 1)),
                List.of(
                        new AttachmentUpload("检查表.pdf", "application/pdf", pdf),
                        new AttachmentUpload("工作方案.docx", "application/octet-stream", docx),
                        new AttachmentUpload("统计表.xlsx", "application/octet-stream", xlsx),
                        new AttachmentUpload("规划图.pdf", "application/pdf", pdf, 64L * 1024 * 1024)));
        chain.confirmAndSend(login, id);

        SignIn.as(users, "bgs.staff");
        byte[] zip = archive.packageOf(id);
        Map<String, byte[]> entries = PackageZip.read(zip, Long.MAX_VALUE);
        assertThat(entries).containsKeys("attachments/1-检查表.pdf", "attachments/2-工作方案.docx", "attachments/3-统计表.xlsx");
        assertThat(entries.keySet()).noneMatch(name -> name.contains("规划图"));
        assertThat(entries.get("attachments/1-检查表.pdf")).isEqualTo(pdf);
        assertThat(entries.get("attachments/2-工作方案.docx")).isEqualTo(docx);
        assertThat(entries.get("attachments/3-统计表.xlsx")).isEqualTo(xlsx);
        assertThat(new String(entries.get(PackageZip.MANIFEST), java.nio.charset.StandardCharsets.UTF_8))
                .contains(Sha256.hex(xlsx) + "  attachments/3-统计表.xlsx");
        String metadata = new String(entries.get("metadata.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(metadata)
                .contains("<name>统计表.xlsx</name>")
                .contains("<attachment number=\"4\" paperOnly=\"true\">")
                .contains("<name>规划图.pdf</name>");
        assertThat(archive.check(zip).ok()).isTrue();
    }
}
