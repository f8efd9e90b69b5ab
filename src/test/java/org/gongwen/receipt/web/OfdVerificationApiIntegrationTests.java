package org.gongwen.receipt.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.pdf.ForeignOfds;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.RealHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 15: an OFD received from outside the county, uploaded and verified over the real server. The
 * foreign file is made by ofdrw alone (OFDDoc, sealed by ofdrw's SESV4Container with a CA made by the test).
 * The clerk who uploads is of a unit of the test's own; another of its own sends it the county document.
 */
@IntegrationTest
class OfdVerificationApiIntegrationTests {

    private static final String PATH = "/api/v1/ofd-verifications";

    @Autowired
    OrganizationService organization;

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOfdSealedByAnotherImplementationIsIntactAndNamedAsForeign() throws Exception {
        HttpResponse<String> answer = RealHttp.basic(port, OwnUnits.login(ownUnit(), Role.CLERK))
                .multipart(PATH, "file", "外县来文.ofd", "application/ofd", ForeignOfds.sealedByOfdrw());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode report = json.readTree(answer.body());
        assertThat(report.path("verdict").asText()).as(answer.body()).isEqualTo("INTACT_FOREIGN");
        assertThat(report.path("verdictText").asText()).contains("不是县SM2认证机构签发", "清河县SM2根证书（测试）");
        assertThat(report.path("pages").asInt()).isEqualTo(1);
        assertThat(report.path("tagged").asBoolean()).isFalse();
        JsonNode signature = report.path("signatures").get(0);
        assertThat(signature.path("type").asText()).isEqualTo("SEAL");
        assertThat(signature.path("sealName").asText()).isEqualTo("外县测试印章");
        assertThat(signature.path("intact").asBoolean()).isTrue();
        assertThat(signature.path("countyIssued").asBoolean()).isFalse();
        assertThat(signature.path("issuer").asText()).contains("清河县SM2根证书（测试）");
        assertThat(signature.path("revoked").isNull()).isTrue();
        assertThat(signature.path("validAtSigning").asBoolean()).isTrue();
        assertThat(signature.path("sesSealMakerValid").asBoolean()).isTrue();
        assertThat(signature.path("sesSealTrusted").asBoolean()).isFalse();
        assertThat(signature.path("signerSerial").asText()).isNotBlank();
    }

    @Test
    void aTamperedForeignOfdReportsTheChangedFile() throws Exception {
        byte[] tampered = ForeignOfds.withOneByteChanged(ForeignOfds.sealedByOfdrw(), ForeignOfds.CONTENT);

        HttpResponse<String> answer =
                RealHttp.basic(port, "bgs.supervisor").multipart(PATH, "file", "被改动.ofd", "application/ofd", tampered);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode report = json.readTree(answer.body());
        assertThat(report.path("verdict").asText()).isEqualTo("INVALID");
        assertThat(report.path("signatures").get(0).path("intact").asBoolean()).isFalse();
        assertThat(report.path("signatures").get(0).path("failure").asText()).contains(ForeignOfds.CONTENT);
        assertThat(report.path("verdictText").asText()).contains(ForeignOfds.CONTENT);
    }

    @Test
    void garbageOrAnotherTypeIsRefusedInChinese() {
        RealHttp clerk = RealHttp.basic(port, OwnUnits.login(ownUnit(), Role.CLERK));

        HttpResponse<String> garbage =
                clerk.multipart(PATH, "file", "乱码.ofd", "application/ofd", "这不是OFD文件".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> pdf = clerk.multipart(
                PATH, "file", "通知.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("不是OFD版式文件");
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.body()).contains("不是OFD文件");
        assertThat(RealHttp.anonymous(port)
                        .multipart(PATH, "file", "a.ofd", "application/ofd", ForeignOfds.sealedByOfdrw())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aCountyDocumentsStoredOfdVerifiesAsCountyIssuedAndIntact() throws Exception {
        String unit = ownUnit();
        long unitId = organization.unitByCode(unit).orElseThrow().id();
        long documentId = DocumentChain.in(context).sentTo(unitId, 1, "关于外来OFD验证核对本县文件的通知");
        SecurityContextHolder.clearContext();
        byte[] ofd = jdbc.queryForObject(
                "select c.data from document_content c join document_document d "
                        + "on c.sha256 = d.layout_ofd_sha256 where d.id = ?",
                byte[].class,
                documentId);

        HttpResponse<String> answer = RealHttp.basic(port, OwnUnits.login(unit, Role.CLERK))
                .multipart(PATH, "file", "本县.ofd", "application/ofd", ofd);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode report = json.readTree(answer.body());
        assertThat(report.path("verdict").asText()).as(answer.body()).isEqualTo("VALID");
        assertThat(report.path("tagged").asBoolean()).isTrue();
        assertThat(report.path("tags").toString()).contains("发文机关标志", "标题");
        JsonNode signature = report.path("signatures").get(0);
        assertThat(signature.path("countyIssued").asBoolean()).isTrue();
        assertThat(signature.path("revoked").asBoolean()).isFalse();
        assertThat(signature.path("intact").asBoolean()).isTrue();
        assertThat(signature.path("sesSealTrusted").asBoolean()).isTrue();
        assertThat(signature.path("trusted").asBoolean()).isTrue();
    }

    /** A unit of the test's own with a clerk; returns its code. */
    private String ownUnit() {
        return OwnUnits.in(context).freshUnit("OU", "清河县OFD验证测试局", Role.CLERK);
    }
}
