package org.gongwen.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.archive.internal.ArchivableDocument;
import org.gongwen.archive.internal.ArchiveCheck;
import org.gongwen.archive.internal.ArchiveFinding;
import org.gongwen.archive.internal.ArchiveFinding.Problem;
import org.gongwen.archive.internal.ArchivePackages;
import org.gongwen.archive.internal.PackageZip;
import org.gongwen.document.BodyBlock;
import org.gongwen.document.DocumentKind;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.document.internal.DocumentService;
import org.gongwen.document.internal.Draft;
import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Sha256;
import org.gongwen.support.Api;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SendJobs;
import org.gongwen.support.Tampering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Archival packages (A38) of one document a unit of the archive tests' own ({@link ArchiveTestDocument})
 * sends to their unit XR01: contents,
 * determinism, tampering found by the check, period export, who may have a package, the REST API.
 */
@IntegrationTest
class ArchiveIntegrationTests {

    private static long recipientUnitId;

    @Autowired
    ArchivePackages archive;

    @Autowired
    DocumentService drafting;

    @Autowired
    IssuedDocuments issued;

    @Autowired
    ProcessEngine engine;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    CountyZone zone;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationService organization;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPackageHoldsEveryPartWithAManifestAndReExportsIdentically() {
        long id = sentDocument();
        signIn("bgs.staff");
        byte[] zip = archive.packageOf(id);
        Map<String, byte[]> entries = PackageZip.read(zip, Long.MAX_VALUE);
        assertThat(entries.keySet())
                .containsExactly(
                        "layout.pdf",
                        "signature-report.xml",
                        "layout.ofd",
                        "ofd-signature-report.xml",
                        "metadata.xml",
                        "process-trail.xml",
                        "audit.xml",
                        "manifest-sha256.txt");
        String manifest = text(entries, "manifest-sha256.txt");
        assertThat(manifest.lines())
                .hasSize(7)
                .contains(
                        Sha256.hex(entries.get("metadata.xml")) + "  metadata.xml",
                        Sha256.hex(entries.get("layout.ofd")) + "  layout.ofd");
        assertThat(entries.get("layout.ofd")).isEqualTo(issued.signedLayout(id).ofd());
        assertThat(text(entries, "metadata.xml"))
                .contains(
                        "<file name=\"layout.ofd\" format=\"OFD\">",
                        "<sha256>" + Sha256.hex(entries.get("layout.ofd")) + "</sha256>");
        assertThat(text(entries, "ofd-signature-report.xml"))
                .contains(
                        "allIntact=\"true\"",
                        "type=\"SEAL\"",
                        "intact=\"true\"",
                        "<sesVersion>4</sesVersion>",
                        "<sealName>",
                        "<sealId>",
                        "<signer>",
                        "<issuer>",
                        "<serialNumber>",
                        "<certificateStanding trustedAtSigning=\"true\">",
                        "<sesSeal valid=\"true\">")
                .doesNotContain("<failure>");
        assertThat(text(entries, "metadata.xml"))
                .contains(
                        "<title>档案测试通知</title>",
                        "<unit>XR01档案测试单位</unit>",
                        "kind=\"MAIN\"",
                        "<deliveredAt>",
                        "<state>SENT</state>");
        assertThat(text(entries, "signature-report.xml"))
                .contains("allPassed=\"true\"", "code=\"SIGNATURE\"", "<coversWholeFile>true</coversWholeFile>");
        assertThat(text(entries, "process-trail.xml"))
                .contains(
                        "businessKey=\"" + DocumentApprovalProcess.businessKey(id) + "\"",
                        "businessKey=\"" + DocumentSendProcess.businessKey(id) + "\"",
                        "businessKey=\"" + DocumentReceiptProcess.businessKey(id, recipientUnitId) + "\"",
                        "<assignee>" + senderLogin(Role.LEADER) + "</assignee>");
        assertThat(text(entries, "audit.xml")).contains("action=\"SEAL_USE\"", "targetType=\"distribution\"");
        assertThat(archive.check(zip)).isEqualTo(new ArchiveCheck(true, List.of()));
        assertThat(archive.packageOf(id)).isEqualTo(zip);
    }

    @Test
    void aChangedByteInTheMetadataIsFoundByName() {
        LinkedHashMap<String, byte[]> entries = entriesAs("bgs.supervisor");
        byte[] metadata = entries.get("metadata.xml");
        metadata[metadata.length / 2] ^= 0x01;
        assertThat(archive.check(PackageZip.write(entries)).findings())
                .containsExactly(new ArchiveFinding("metadata.xml", Problem.CHANGED));
    }

    @Test
    void aRemovedAndAnAddedFileAreFound() {
        LinkedHashMap<String, byte[]> entries = entriesAs("admin");
        entries.remove("audit.xml");
        entries.put("note.txt", "添加的文件".getBytes(StandardCharsets.UTF_8));
        ArchiveCheck check = archive.check(PackageZip.write(entries));
        assertThat(check.ok()).isFalse();
        assertThat(check.findings())
                .containsExactlyInAnyOrder(
                        new ArchiveFinding("audit.xml", Problem.MISSING),
                        new ArchiveFinding("note.txt", Problem.UNLISTED));
        entries.remove(PackageZip.MANIFEST);
        assertThat(archive.check(PackageZip.write(entries)).findings())
                .contains(new ArchiveFinding(PackageZip.MANIFEST, Problem.MANIFEST_MISSING));
    }

    @Test
    void aTamperedLayoutIsFoundEvenWithARecomputedManifest() {
        LinkedHashMap<String, byte[]> entries = entriesAs("bgs.staff");
        byte[] layout = entries.get("layout.pdf");
        int at = Tampering.middleOfLargestStream(layout, Tampering.firstSignedPartLength(layout));
        layout[at] ^= 0x01;
        assertThat(archive.check(PackageZip.write(entries)).findings())
                .containsExactly(
                        new ArchiveFinding("layout.pdf", Problem.CHANGED),
                        new ArchiveFinding("layout.pdf", Problem.SIGNATURE_INVALID));
        entries.remove(PackageZip.MANIFEST);
        assertThat(archive.check(PackageZip.withManifest(entries)).findings())
                .containsExactly(new ArchiveFinding("layout.pdf", Problem.SIGNATURE_INVALID));
    }

    @Test
    void aChangedByteInTheOfdIsFoundByNameEvenWithARecomputedManifest() {
        LinkedHashMap<String, byte[]> entries = entriesAs("bgs.staff");
        entries.put("layout.ofd", changedPageContent(entries.get("layout.ofd")));
        assertThat(archive.check(PackageZip.write(entries)).findings())
                .containsExactly(
                        new ArchiveFinding("layout.ofd", Problem.CHANGED),
                        new ArchiveFinding("layout.ofd", Problem.SIGNATURE_INVALID));
        entries.remove(PackageZip.MANIFEST);
        assertThat(archive.check(PackageZip.withManifest(entries)).findings())
                .containsExactly(new ArchiveFinding("layout.ofd", Problem.SIGNATURE_INVALID));
    }

    @Test
    void aDocumentWithoutOfdIsArchivedAsBefore() {
        sentDocument();
        long id = DocumentChain.in(context).sentTo(recipientUnitId, 1, "档案测试通知（无OFD）");
        // as a document stamped before OFD was issued
        jdbc.update("update document_document set layout_ofd_sha256 = null where id = ?", id);
        signIn("bgs.staff");
        byte[] zip = archive.packageOf(id);
        Map<String, byte[]> entries = PackageZip.read(zip, Long.MAX_VALUE);
        assertThat(entries.keySet())
                .containsExactly(
                        "layout.pdf",
                        "signature-report.xml",
                        "metadata.xml",
                        "process-trail.xml",
                        "audit.xml",
                        "manifest-sha256.txt");
        assertThat(text(entries, "metadata.xml")).doesNotContain("layout.ofd");
        assertThat(archive.check(zip).ok()).isTrue();
    }

    @Test
    void thePeriodExportHoldsTheDocumentsPackage() {
        long id = sentDocument();
        signIn("bgs.staff");
        byte[] single = archive.packageOf(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LocalDate today = LocalDate.now(zone.zone());
        archive.exportPeriod(today.minusDays(1), today.plusDays(1), out);
        assertThat(PackageZip.read(out.toByteArray(), Long.MAX_VALUE).get("document-" + id + ".zip"))
                .isEqualTo(single);
        assertThat(PackageZip.read(single, Long.MAX_VALUE)).containsKeys("layout.ofd", "ofd-signature-report.xml");
        assertThat(archive.documentsIn(today.minusDays(1), today.plusDays(1)))
                .filteredOn(d -> d.id() == id)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.title()).isEqualTo(ArchiveTestDocument.TITLE);
                    assertThat(d.sender())
                            .isEqualTo(ArchiveTestDocument.sender().organ());
                    assertThat(d.sentAt()).isNotNull();
                });
        assertThatThrownBy(() -> archive.exportPeriod(today, today.minusDays(1), new ByteArrayOutputStream()))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void a14_1_aDocumentSentTodayIsListedAtItsSendTimeWhileItsRecipientsAreStillSigning() {
        sentDocument();
        DocumentChain chain = DocumentChain.in(context);
        long id = chain.sentTo(recipientUnitId, 1, "档案测试通知（签收中）");
        Instant sentAt = issued.info(id).sentAt();
        assertThat(sentAt).isNotNull();
        LocalDate today = LocalDate.now(zone.zone());

        signIn("bgs.staff");
        assertThat(archive.documentsIn(today, today))
                .filteredOn(d -> d.id() == id)
                .singleElement()
                .extracting(ArchivableDocument::sentAt)
                .isEqualTo(sentAt);
        Map<String, byte[]> entries = PackageZip.read(archive.packageOf(id), Long.MAX_VALUE);
        assertThat(text(entries, "metadata.xml")).contains("<state>SENT</state>", "<state>DELIVERED</state>");

        chain.complete(
                "xr01.clerk", DocumentReceiptProcess.businessKey(id, recipientUnitId), Map.of("decision", "signFor"));
        SendJobs.run(engine.getManagementService(), engine.getRuntimeService(), id);
        signIn("bgs.staff");
        assertThat(archive.documentsIn(today, today))
                .filteredOn(d -> d.id() == id)
                .singleElement()
                .as("signing for does not move it to another day")
                .extracting(ArchivableDocument::sentAt)
                .isEqualTo(sentAt);
    }

    @Test
    void theSendingUnitsClerkMayAnotherUnitsClerkMayNotAndNoPeriodExportForClerks() {
        long id = sentDocument();
        signIn(senderLogin(Role.CLERK));
        assertThat(archive.packageOf(id)).isNotEmpty();
        LocalDate today = LocalDate.now(zone.zone());
        assertThatThrownBy(() -> archive.exportPeriod(today, today, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        signIn("z05.clerk");
        assertThatThrownBy(() -> archive.packageOf(id))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        signIn(senderLogin(Role.SEAL_CUSTODIAN));
        assertThatThrownBy(() -> archive.packageOf(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUnsentDocumentIsRefused() {
        String unit = OwnUnits.in(context).freshUnit("XA", "清河县档案草稿测试局", Role.CLERK);
        signIn(OwnUnits.login(unit, Role.CLERK));
        long draft = drafting.create(new Draft(
                        DocumentKind.NOTICE,
                        "档案测试草稿",
                        null,
                        null,
                        false,
                        List.of(),
                        List.of(BodyBlock.paragraph("草稿")),
                        organization.unitByCode(unit).orElseThrow().fullName(),
                        null,
                        null,
                        null,
                        null))
                .id();
        assertThatThrownBy(() -> archive.packageOf(draft))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT));
    }

    @Test
    void restDownloadsAndChecksAPackage() throws Exception {
        long id = sentDocument();
        byte[] zip = mvc.perform(get("/api/v1/archive/documents/{id}.zip", id).with(Api.as("bgs.staff")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        mvc.perform(multipart("/api/v1/archive/checks")
                        .file(new MockMultipartFile("file", "a.zip", "application/zip", zip))
                        .with(Api.as("bgs.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.findings.length()").value(0));
        mvc.perform(multipart("/api/v1/archive/checks")
                        .file(new MockMultipartFile(
                                "file", "a.zip", "application/zip", "not a zip".getBytes(StandardCharsets.UTF_8)))
                        .with(Api.as("bgs.staff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("上传的文件不是 ZIP 归档包"));
        mvc.perform(get("/api/v1/archive/documents/{id}.zip", id).with(Api.as("z05.clerk")))
                .andExpect(status().isNotFound());
        LocalDate today = LocalDate.now(zone.zone());
        byte[] export = mvc.perform(get("/api/v1/archive/export.zip")
                        .param("from", today.toString())
                        .param("to", today.toString())
                        .with(Api.as("bgs.supervisor")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PackageZip.read(export, Long.MAX_VALUE)).containsKey("document-" + id + ".zip");
        mvc.perform(get("/api/v1/archive/export.zip")
                        .param("from", today.toString())
                        .param("to", today.toString())
                        .with(Api.as(senderLogin(Role.CLERK))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/archive/documents/{id}.zip']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/archive/checks']").exists());
    }

    @Test
    void aTooLargePackageIsRefused() {
        signIn("bgs.staff");
        assertThatThrownBy(() -> archive.check(new byte[(int) ArchivePackages.MAX_CHECK_BYTES + 1]))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.TOO_LARGE));
    }

    private LinkedHashMap<String, byte[]> entriesAs(String username) {
        long id = sentDocument();
        signIn(username);
        return PackageZip.read(archive.packageOf(id), Long.MAX_VALUE);
    }

    private long sentDocument() {
        long id = ArchiveTestDocument.sent(context);
        recipientUnitId = ArchiveTestDocument.recipientUnitId();
        return id;
    }

    /** The login of the person of {@code role} in the unit that sent the archive tests' document. */
    private String senderLogin(Role role) {
        sentDocument();
        return OwnUnits.login(ArchiveTestDocument.sender().code(), role);
    }

    private void signIn(String username) {
        ArchiveTestDocument.signIn(context, username);
    }

    /** The OFD with one digit of its first page's content changed, repacked: what the seal protects. */
    private static byte[] changedPageContent(byte[] ofd) {
        LinkedHashMap<String, byte[]> files = PackageZip.read(ofd, Long.MAX_VALUE);
        String page = files.keySet().stream()
                .filter(n -> n.matches("Doc_0/Pages/Page_0/Content.xml"))
                .findFirst()
                .orElseThrow();
        byte[] content = files.get(page);
        int at = new String(content, StandardCharsets.ISO_8859_1).indexOf("Boundary=\"") + "Boundary=\"".length();
        content[at] = (byte) (content[at] == '1' ? '2' : '1');
        files.put(page, content);
        return PackageZip.write(files);
    }

    private static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }
}
