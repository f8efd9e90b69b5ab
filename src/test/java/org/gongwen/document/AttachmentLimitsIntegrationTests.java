package org.gongwen.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.gongwen.document.internal.DocumentProperties;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.RawHttp;
import org.gongwen.support.RawHttp.Part;
import org.gongwen.support.RawHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18, size limits that speak (A11.3), over real HTTP as the department B10: a file over a
 * transmit limit is recorded as delivered on paper with a message, never refused, and nothing
 * stored is lost; only a request beyond the server's own upload limits is refused, as JSON. The
 * test profile sets 1 MB an attachment and 3 MB a document (application-test.yml).
 */
@IntegrationTest
class AttachmentLimitsIntegrationTests {

    static final String CLERK = "b10.clerk";
    static final String DRAFT = "{\"kind\":\"NOTICE\",\"title\":\"关于附件大小的测试通知\",\"signingOrgan\":\"清河县交通运输局\"}";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    DocumentProperties limits;

    @Autowired
    JdbcTemplate jdbc;

    RawHttp http;

    @BeforeEach
    void setUp() {
        http = new RawHttp(port);
        assertThat(limits.attachmentTransmitLimitBytes())
                .as("the test profile's small limit")
                .isEqualTo(1024 * 1024);
    }

    @Test
    void a11_3_anAttachmentOneByteOverTheLimitIsMarkedForPaperWithAMessageAndNothingIsLost() throws Exception {
        long id = draft();
        Response small = attach(id, "通知附表.csv", csv(1000));
        assertThat(small.status()).as(small.body()).isEqualTo(200);
        assertThat(json.readTree(small.body()).has("message"))
                .as("nothing to say when all goes electronically")
                .isFalse();
        Response atLimit = attach(id, "恰好一兆.csv", csv(limits.attachmentTransmitLimitBytes()));
        assertThat(json.readTree(atLimit.body()).get("message")).isNull();

        Response over = attach(id, "统计表.csv", csv(limits.attachmentTransmitLimitBytes() + 1));

        assertThat(over.status()).as(over.body()).isEqualTo(200);
        assertThat(over.contentType()).startsWith("application/json");
        JsonNode document = json.readTree(over.body());
        assertThat(document.get("message").asText())
                .isEqualTo("附件“统计表.csv”大小为 1.1 MB，超过单个附件电子传输上限 1 MB，已登记为纸质送达，请另行报送纸质件。");
        JsonNode attachments = document.get("attachments");
        assertThat(attachments).hasSize(3);
        assertThat(attachments.get(0).get("paperOnly").asBoolean()).isFalse();
        assertThat(attachments.get(1).get("paperOnly").asBoolean())
                .as("exactly the limit still goes electronically")
                .isFalse();
        assertThat(attachments.get(2).get("name").asText()).isEqualTo("统计表.csv");
        assertThat(attachments.get(2).get("paperOnly").asBoolean()).isTrue();
        assertThat(attachments.get(2).get("sizeBytes").asLong()).isEqualTo(limits.attachmentTransmitLimitBytes() + 1);
        assertThat(jdbc.queryForObject(
                        "select content_sha256 from document_attachment where id = ?",
                        String.class,
                        attachments.get(2).get("id").asLong()))
                .as("the oversized content is not kept")
                .isNull();

        Response english = http.call(
                CLERK,
                "POST",
                "/api/v1/documents/" + id + "/attachments",
                "multipart/form-data; boundary=" + BOUNDARY,
                multipartBody("统计表二.csv", csv(limits.attachmentTransmitLimitBytes() + 1)),
                Map.of("Accept-Language", "en"));
        assertThat(json.readTree(english.body()).get("message").asText())
                .startsWith("Attachment 统计表二.csv is 1.1 MB, above the 1 MB limit");

        JsonNode stored = json.readTree(http.call(CLERK, "GET", "/api/v1/documents/" + id, null, null, Map.of())
                .body());
        assertThat(stored.get("attachments"))
                .as("every attachment recorded, the earlier ones kept")
                .hasSize(4);
    }

    @Test
    void a11_3_aDraftCreatedWithAnOversizedAttachmentIsCreatedWithItMarkedForPaper() throws Exception {
        Response created = http.multipart(
                CLERK,
                "/api/v1/documents",
                Part.field("draft", "application/json", DRAFT),
                Part.file("attachments", "名单.csv", "text/csv", csv(2000)),
                Part.file("attachments", "影像资料.csv", "text/csv", csv(limits.attachmentTransmitLimitBytes() + 1)));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode document = json.readTree(created.body());
        assertThat(document.get("message").asText())
                .contains("影像资料.csv", "纸质送达")
                .doesNotContain("名单.csv");
        assertThat(document.get("attachments"))
                .extracting(
                        a -> a.get("name").asText() + ":" + a.get("paperOnly").asBoolean())
                .containsExactly("名单.csv:false", "影像资料.csv:true");
    }

    @Test
    void a11_3_theDocumentLimitSendsFurtherAttachmentsOnPaperAndRefusesABodyPdfThatWouldPassIt() throws Exception {
        long id = draft();
        long attachment = limits.attachmentTransmitLimitBytes();
        assertThat(limits.documentTransmitLimitBytes()).isEqualTo(3 * attachment);
        for (int i = 1; i <= 3; i++) {
            Response within = attach(id, "附表" + i + ".csv", csv(attachment));
            assertThat(json.readTree(within.body()).get("message"))
                    .as("attachment %d of 3 MB", i)
                    .isNull();
        }

        Response over = attach(id, "附表4.csv", csv(1));
        assertThat(over.status()).as(over.body()).isEqualTo(200);
        JsonNode document = json.readTree(over.body());
        assertThat(document.get("message").asText())
                .isEqualTo("附件“附表4.csv”（1 B）加入后，正文和电子传输的附件合计将超过本文件电子传输上限 3 MB，已登记为纸质送达，请另行报送纸质件。");
        assertThat(document.get("attachments").get(3).get("paperOnly").asBoolean())
                .isTrue();

        Response pdf = http.multipart(
                CLERK, "/api/v1/documents/" + id + "/body-pdf", Part.file("file", "正文.pdf", "application/pdf", pdf()));
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(413);
        assertThat(pdf.contentType()).startsWith("application/json");
        assertThat(json.readTree(pdf.body()).get("message").asText())
                .startsWith("PDF 正文（")
                .contains("与电子传输的附件（3 MB）合计超过本文件电子传输上限 3 MB");
        JsonNode stored = json.readTree(http.call(CLERK, "GET", "/api/v1/documents/" + id, null, null, Map.of())
                .body());
        assertThat(stored.get("hasBodyPdf").asBoolean()).isFalse();
        assertThat(stored.get("attachments")).hasSize(4);
    }

    @Test
    void aRequestBeyondTheServersUploadLimitIsAJson413InChinese() throws Exception {
        long id = draft();
        Response refused = http.announcing(
                CLERK,
                "POST",
                "/api/v1/documents/" + id + "/attachments",
                "multipart/form-data; boundary=" + BOUNDARY,
                200L * 1024 * 1024);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/json");
        JsonNode error = json.readTree(refused.body());
        assertThat(error.get("status").asInt()).isEqualTo(413);
        assertThat(error.get("message").asText()).isEqualTo("上传内容过大，服务器不予接收：单个文件不能超过 100 MB，一次上传合计不能超过 120 MB。");
        assertThat(error.get("path").asText()).isEqualTo("/api/v1/documents/" + id + "/attachments");
    }

    private long draft() throws IOException {
        Response created = http.json(CLERK, "POST", "/api/v1/documents", DRAFT);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    private Response attach(long id, String name, byte[] data) {
        return http.multipart(
                CLERK, "/api/v1/documents/" + id + "/attachments", Part.file("file", name, "text/csv", data));
    }

    static final String BOUNDARY = "gongwen-test-boundary";

    private static byte[] multipartBody(String name, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(data);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A CSV of exactly {@code size} bytes. */
    static byte[] csv(long size) {
        byte[] data = new byte[(int) size];
        Arrays.fill(data, (byte) '1');
        for (int i = 10; i < data.length; i += 11) {
            data[i] = '\n';
        }
        return data;
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
