package org.gongwen.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.shared.Sha256;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.Pdfsig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Drafting, approval, stamping and signing through the REST API and the task inbox (A4, A7, A11, A34),
 * by units of the test's own: a drafting unit (clerk, leader, technician), another unit's clerk, three
 * recipient units and, for the signing, an issuing unit with an active seal.
 */
@IntegrationTest
class DocumentsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    OrganizationService organization;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    OwnUnits own;

    /** The drafting unit's code. */
    String drafter;

    /** The clerk of a unit that is neither the drafter nor a recipient. */
    String otherClerk;

    /** Three recipient units' codes. */
    String first;

    String second;

    String third;

    String signingOrgan;

    @BeforeEach
    void ownUnits() {
        own = OwnUnits.in(context);
        drafter = own.freshUnit("DA", "清河县拟稿接口测试局", Role.CLERK, Role.LEADER, Role.TECHNICIAN);
        signingOrgan = organization.unitByCode(drafter).orElseThrow().fullName();
        otherClerk = OwnUnits.login(own.freshUnit("DO", "清河县无关测试局", Role.CLERK), Role.CLERK);
        first = own.freshUnit("DF", "清河县收文测试一局", Role.CLERK);
        second = own.freshUnit("DS", "清河县收文测试二局", Role.CLERK);
        third = own.freshUnit("DT", "清河县收文测试三局", Role.CLERK);
    }

    private String person(Role role) {
        return OwnUnits.login(drafter, role);
    }

    private long unit(String code) {
        return organization.unitByCode(code).orElseThrow().id();
    }

    private String draft(String secrecy, String recipients) {
        return """
                {"kind": "NOTICE", "title": "关于做好冬季森林防火工作的通知", "urgency": "URGENT", "secrecy": "%s",
                 "countyLevel": false, "recipients": [%s],
                 "body": [{"level": 0, "text": "各村（社区）："},
                          {"level": 1, "text": "一、提高认识"},
                          {"level": 0, "text": "冬季气候干燥，森林火险等级高，各单位要高度重视。"},
                          {"level": 2, "text": "（一）落实责任"},
                          {"level": 0, "text": "严格落实防火责任制。"}],
                 "signingOrgan": "%s", "date": "2026-11-25", "note": "联系人：王伟，电话：1234567"}
                """.formatted(secrecy, recipients, signingOrgan);
    }

    private String recipients(String... codes) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < codes.length; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"unitId\": ")
                    .append(unit(codes[i]))
                    .append(", \"kind\": \"")
                    .append(i == codes.length - 1 ? "COPY" : "MAIN")
                    .append("\", \"printQuota\": 2}");
        }
        return json.toString();
    }

    private String taskOf(String username, String processKey, String businessKey) throws Exception {
        String json = mvc.perform(get("/api/v1/tasks")
                        .param("process", processKey)
                        .param("limit", "200")
                        .with(as(username)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(json, "$.items[?(@.businessKey == '" + businessKey + "')].id");
        assertThat(ids).as("task of %s", username).hasSize(1);
        return ids.get(0);
    }

    private void complete(String username, String taskId, String body) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete")
                        .with(as(username))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNoContent());
    }

    @Test
    void a34_aClassifiedDocumentIsRefusedWithAnExplanationAndNothingIsStored() throws Exception {
        mvc.perform(get("/api/v1/documents").with(as(person(Role.CLERK))))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/v1/documents")
                        .with(as(person(Role.CLERK)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft("SECRET", recipients(first, second))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("涉密")));
        mvc.perform(get("/api/v1/documents").with(as(person(Role.CLERK))))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/v1/documents")
                        .with(as(person(Role.TECHNICIAN)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft("NON_CLASSIFIED", recipients(first))))
                .andExpect(status().isForbidden());
    }

    @Test
    void a7_aDraftIsApprovedStampedAndSignedWithTheUnitsSeal(@TempDir Path dir) throws Exception {
        OwnUnits.Issuer unit = own.freshIssuer("DI", "清河县签发接口测试局");
        String issuer = unit.code();
        signingOrgan = unit.organ();
        String clerk = OwnUnits.login(issuer, Role.CLERK);
        String leader = OwnUnits.login(issuer, Role.LEADER);
        String custodian = OwnUnits.login(issuer, Role.SEAL_CUSTODIAN);
        String json = mvc.perform(post("/api/v1/documents")
                        .with(as(clerk))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft("NON_CLASSIFIED", recipients(first, second, third))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.docNumber").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        byte[] preview = mvc.perform(
                        get("/api/v1/documents/" + id + "/layout.pdf").with(as(leader)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(preview, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get("/api/v1/documents/" + id).with(as(otherClerk))).andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/documents/" + id + "/submit").with(as(clerk)))
                .andExpect(jsonPath("$.status").value("IN_APPROVAL"));
        mvc.perform(put("/api/v1/documents/" + id)
                        .with(as(clerk))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft("NON_CLASSIFIED", recipients(first))))
                .andExpect(status().isConflict());
        String key = DocumentApprovalProcess.businessKey(id);
        complete(
                leader,
                taskOf(leader, DocumentApprovalProcess.KEY, key),
                "{\"decision\": \"return\", \"comment\": \"请补充联系人\"}");
        mvc.perform(get("/api/v1/documents/" + id).with(as(clerk)))
                .andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(put("/api/v1/documents/" + id)
                        .with(as(clerk))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft("NON_CLASSIFIED", recipients(first, second, third))))
                .andExpect(status().isOk());
        complete(clerk, taskOf(clerk, DocumentApprovalProcess.KEY, key), "{\"revised\": true}");
        complete(leader, taskOf(leader, DocumentApprovalProcess.KEY, key), "{\"decision\": \"approve\"}");
        mvc.perform(get("/api/v1/documents/" + id).with(as(clerk)))
                .andExpect(jsonPath("$.status").value("STAMPING"));

        complete(custodian, taskOf(custodian, DocumentApprovalProcess.KEY, key), "{\"stampConfirmed\": true}");
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(key)
                .singleResult()
                .getId();
        management.createJobQuery().processInstanceId(instance).list().forEach(j -> management.executeJob(j.getId()));

        String signedJson = mvc.perform(get("/api/v1/documents/" + id).with(as(clerk)))
                .andExpect(jsonPath("$.status").value("SENDING"))
                .andExpect(jsonPath("$.hasLayout").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(signedJson, "$.docNumber"))
                .matches(java.util.regex.Pattern.quote("清" + issuer) + "〔\\d{4}〕\\d+号");
        byte[] signed = mvc.perform(
                        get("/api/v1/documents/" + id + "/layout.pdf").with(as(clerk)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] ofd = mvc.perform(get("/api/v1/documents/" + id + "/layout.ofd").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/ofd"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(String.join("\n", org.gongwen.pdf.OfdText.pageTexts(ofd)).replaceAll("\\s", ""))
                .as("the OFD shows the same document")
                .contains((String) JsonPath.read(signedJson, "$.docNumber"));
        assertThat(new org.gongwen.pdf.OfdSignatureVerifier().verify(ofd))
                .singleElement()
                .satisfies(seal -> {
                    assertThat(seal.intact()).as(seal.failure()).isTrue();
                    assertThat(seal.signerCertificate().getSigAlgName()).containsIgnoringCase("SM3");
                });
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed)))) {
            SignatureUtil signatures = new SignatureUtil(pdf);
            assertThat(signatures.getSignatureNames()).hasSize(1);
            String name = signatures.getSignatureNames().get(0);
            assertThat(name).as("signed into the seal's field").isEqualTo("seal");
            // PAdES B-LT: only the DSS follows the signature
            assertThat(new org.gongwen.pdf.PdfSignatureVerifier()
                            .verify(signed)
                            .latest()
                            .orElseThrow()
                            .valid())
                    .isTrue();
            assertThat(pdf.getCatalog().getPdfObject().getAsDictionary(com.itextpdf.kernel.pdf.PdfName.DSS))
                    .isNotNull();
            PdfPKCS7 pkcs7 = signatures.readSignatureData(name);
            assertThat(pkcs7.verifySignatureIntegrityAndAuthenticity()).isTrue();
            assertThat(pkcs7.getTimeStampTokenInfo())
                    .as("time-stamped by the county TSA")
                    .isNotNull();
            assertThat(pkcs7.verifyTimestampImprint()).isTrue();
            assertThat(((X509Certificate) pkcs7.getSigningCertificate())
                            .getSubjectX500Principal()
                            .getName())
                    .contains(signingOrgan);
        }
        Pdfsig.assumeAvailable();
        String caPem = mvc.perform(get("/pki/ca.pem")).andReturn().getResponse().getContentAsString();
        assertThat(Pdfsig.report(signed, caPem, dir))
                .contains("Signature is Valid")
                .contains("Certificate is Trusted");
        signed[signed.length / 3] ^= 1;
        assertThat(Pdfsig.report(signed, caPem, dir.resolve("changed"))).doesNotContain("Signature is Valid");
        mvc.perform(get("/api/v1/tasks")
                        .param("process", DocumentSendProcess.KEY)
                        .with(as(clerk)))
                .andExpect(jsonPath("$.items[?(@.businessKey == '" + DocumentSendProcess.businessKey(id) + "')]")
                        .isNotEmpty());
    }

    @Test
    void a11_aDraftWithAttachmentsIsCreatedInOneRequestAndEqualFilesAreStoredOnce() throws Exception {
        byte[] table = "单位,人数\n城关镇,12\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.springframework.mock.web.MockMultipartFile draft = new org.springframework.mock.web.MockMultipartFile(
                "draft",
                "",
                MediaType.APPLICATION_JSON_VALUE,
                draft("NON_CLASSIFIED", recipients(first, second)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 0; i < 2; i++) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                    "/api/v1/documents")
                            .file(draft)
                            .file(new org.springframework.mock.web.MockMultipartFile(
                                    "attachments", "统计表.csv", "text/csv", table))
                            .with(as(person(Role.CLERK))))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.attachments[0].name").value("统计表.csv"))
                    .andExpect(jsonPath("$.attachments[0].paperOnly").value(false))
                    .andExpect(jsonPath("$.recipients.length()").value(2));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from document_content where sha256 = ?", Integer.class, Sha256.hex(table)))
                .isEqualTo(1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/documents")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "draft",
                                "",
                                MediaType.APPLICATION_JSON_VALUE,
                                draft("NON_CLASSIFIED", recipients(first))
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "docx",
                                "草稿.docx",
                                "application/octet-stream",
                                "not a word file".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(as(person(Role.CLERK))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(".docx")));
        mvc.perform(get("/api/v1/documents").with(as(person(Role.CLERK))))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void a13_aDraftWithoutMainRecipientCannotBeSubmitted() throws Exception {
        String json = mvc.perform(post("/api/v1/documents")
                        .with(as(person(Role.LEADER)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft("NON_CLASSIFIED", "")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(post("/api/v1/documents/" + id + "/submit").with(as(person(Role.LEADER))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("主送")));
        mvc.perform(get("/api/v1/documents/" + id).with(as(person(Role.LEADER))))
                .andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void a4_aPdfServesAsTheBodyPagesOfADraftWithoutTypedBody() throws Exception {
        String json = mvc.perform(post("/api/v1/documents")
                        .with(as(person(Role.CLERK)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft("NON_CLASSIFIED", recipients(first, second))
                                .replaceAll("(?s)\"body\": \\[.*?\\],", "\"body\": [],")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.body.length()").value(0))
                .andExpect(jsonPath("$.hasBodyPdf").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String bodyPdf = "/api/v1/documents/" + id + "/body-pdf";

        mvc.perform(multipart(bodyPdf)
                        .file(pdfPart("通知.docx", "not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(as(person(Role.CLERK))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("不是 PDF")));
        mvc.perform(multipart(bodyPdf).file(pdfPart("加密.pdf", pdf(2, true))).with(as(person(Role.CLERK))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("加密")));
        mvc.perform(multipart(bodyPdf).file(pdfPart("正文.pdf", pdf(2, false))).with(as(person(Role.CLERK))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasBodyPdf").value(true));
        mvc.perform(multipart(bodyPdf).file(pdfPart("正文.pdf", pdf(1, false))).with(as(otherClerk)))
                .andExpect(status().isNotFound());

        byte[] layout = mvc.perform(
                        get("/api/v1/documents/" + id + "/layout.pdf").with(as(person(Role.CLERK))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(layout)))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
        mvc.perform(post("/api/v1/documents/" + id + "/submit").with(as(person(Role.CLERK))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_APPROVAL"));
    }

    @Test
    void a4_removingThePdfBodyLeavesTheTypedBodyWhichMustThenNotBeEmpty() throws Exception {
        String json = mvc.perform(post("/api/v1/documents")
                        .with(as(person(Role.CLERK)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft("NON_CLASSIFIED", recipients(first))
                                .replaceAll("(?s)\"body\": \\[.*?\\],", "\"body\": [],")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(multipart("/api/v1/documents/" + id + "/body-pdf")
                        .file(pdfPart("正文.pdf", pdf(1, false)))
                        .with(as(person(Role.CLERK))))
                .andExpect(jsonPath("$.hasBodyPdf").value(true));
        mvc.perform(delete("/api/v1/documents/" + id + "/body-pdf").with(as(person(Role.CLERK))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasBodyPdf").value(false));
        mvc.perform(post("/api/v1/documents/" + id + "/submit").with(as(person(Role.CLERK))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("正文")));
    }

    private static org.springframework.mock.web.MockMultipartFile pdfPart(String name, byte[] data) {
        return new org.springframework.mock.web.MockMultipartFile("file", name, MediaType.APPLICATION_PDF_VALUE, data);
    }

    /** A PDF of {@code pages} A4 pages of text in a standard 14 font, optionally encrypted. */
    private static byte[] pdf(int pages, boolean encrypted) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                org.apache.pdfbox.pdmodel.PDPage page =
                        new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
                document.addPage(page);
                try (org.apache.pdfbox.pdmodel.PDPageContentStream content =
                        new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(
                            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
                            14);
                    content.newLineAtOffset(72, 700);
                    content.showText("Body page " + i);
                    content.endText();
                }
            }
            if (encrypted) {
                document.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
                        "owner", "user", new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
