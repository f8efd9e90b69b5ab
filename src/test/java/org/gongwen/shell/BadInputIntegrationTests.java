package org.gongwen.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.SafeText;
import org.gongwen.shared.Translations;
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
 * Issue 12, bad input: a corpus of hostile requests against every endpoint of the OpenAPI
 * document that takes a body or a file, over real HTTP. Never a 5xx, always the application's
 * JSON error with a Chinese message, and nothing stored.
 */
@IntegrationTest
class BadInputIntegrationTests {

    static final String CLERK = "z14.clerk";
    static final String ADMIN = "admin";
    static final String COUNTY_OFFICE = "bgs.staff";
    static final String INFO_CENTRE = "xxzx.staff";

    /** Tables a refused request must leave alone (the audit log may record the refusal). */
    static final List<String> TABLES = List.of(
            "document_document",
            "document_attachment",
            "document_content",
            "document_recipient",
            "security_api_token",
            "security_account",
            "org_person",
            "org_unit",
            "org_transmission_machine",
            "seal_seal",
            "seal_impression",
            "seal_event",
            "receipt_reissue_request",
            "receipt_deletion_request",
            "receipt_event",
            "supervision_report",
            "operations_incident",
            "security_password_policy",
            "ACT_RE_DEPLOYMENT",
            "ACT_RU_EXECUTION");

    /** The BPMN endpoints also take a multipart "file", which their OpenAPI entry (XML) does not show. */
    static final List<String> UNDECLARED_MULTIPART = List.of("/api/v1/processes", "/api/v1/processes/checks");

    /** Parameters that page or pick a version: tried with numbers out of range. */
    static final Pattern PAGING = Pattern.compile("page|size|offset|limit|version|from|to");

    static final ObjectMapper ASCII_JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    static final byte[] TEXT = "hello, this is no such file".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PDF = "%PDF-1.7\n%fake\n".getBytes(StandardCharsets.US_ASCII);
    static final String[] HOSTILE = {"a\u0000b", "\u202Eexe.pdf", "\ud800x", "bell\u0007", "x\u2066y", "c1\u0085"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Translations translations;

    RawHttp http;
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    long draftId;
    long unitId;

    @BeforeEach
    void setUp() throws Exception {
        http = new RawHttp(port);
        Response draft = http.json(
                CLERK,
                "POST",
                "/api/v1/documents",
                "{\"kind\":\"NOTICE\",\"title\":\"坏输入测试草稿\",\"signingOrgan\":\"测试镇人民政府\"}");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        JsonNode created = json.readTree(draft.body());
        draftId = created.get("id").asLong();
        unitId = created.get("unitId").asLong();
    }

    @Test
    void theCorpusOfBadInputIsRefusedEverywhereWithTheAppsJsonErrorAndStoresNothing() throws Exception {
        JsonNode api = json.readTree(
                http.call(null, "GET", "/v3/api-docs", null, null, Map.of()).body());
        Map<String, Long> before = counts();
        Set<String> covered = new ConcurrentSkipListSet<>();
        Set<String> withBody = new ConcurrentSkipListSet<>();

        // the endpoints side by side (each request waits mostly for its password check), each one's cases in turn
        List<Callable<Void>> endpoints = new ArrayList<>();
        api.get("paths")
                .fields()
                .forEachRemaining(path -> endpoints.add(() -> {
                    corpus(api, path.getKey(), path.getValue(), covered, withBody);
                    return null;
                }));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Void> done : pool.invokeAll(endpoints)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        generalCases();

        assertThat(withBody)
                .as("the OpenAPI document lists the endpoints with a body")
                .hasSizeGreaterThan(15);
        assertThat(covered)
                .as("every endpoint with a request body has cases of its media type")
                .isEqualTo(withBody);
        assertThat(failures)
                .as("refusals that were not the application's JSON error")
                .isEmpty();
        assertThat(counts()).as("rows stored by refused requests").isEqualTo(before);
    }

    @Test
    void aLargeLegitimateBodyStillFitsAlsoWhenSentInChunks() throws Exception {
        String paragraph = "为进一步做好电子公文交换工作，现将有关事项通知如下。".repeat(18);
        String blocks = String.join(",", Collections.nCopies(1000, "{\"level\":0,\"text\":\"" + paragraph + "\"}"));
        String draft = "{\"kind\":\"NOTICE\",\"title\":\"长正文\",\"signingOrgan\":\"测试镇人民政府\",\"body\":[" + blocks + "]}";
        assertThat(draft.getBytes(StandardCharsets.UTF_8).length).isBetween(1_400_000, 2 * 1024 * 1024);

        Response created = http.json(CLERK, "POST", "/api/v1/documents", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(json.readTree(created.body()).get("body")).hasSize(1000);
        Response chunked = http.chunked(
                CLERK,
                "PUT",
                "/api/v1/documents/" + draftId,
                "application/json",
                new ByteArrayInputStream(draft.getBytes(StandardCharsets.UTF_8)));
        assertThat(chunked.status()).as(chunked.body()).isEqualTo(200);
    }

    @Test
    void anUploadIsStoredUnderASafeDisplayNameWithTheTypeItsContentHas() throws Exception {
        Response hostile = http.multipart(
                CLERK,
                "/api/v1/documents/" + draftId + "/attachments",
                Part.file("file", "../../通知\u202Efdp.exe\u0007.pdf", "text/html", PDF));
        assertThat(hostile.status()).as(hostile.body()).isEqualTo(200);
        Response nameless = http.multipart(
                CLERK, "/api/v1/documents/" + draftId + "/attachments", Part.file("file", "", "application/pdf", TEXT));
        assertThat(nameless.status()).as(nameless.body()).isEqualTo(200);

        JsonNode attachments = json.readTree(nameless.body()).get("attachments");
        assertThat(attachments.get(0).get("name").asText()).isEqualTo("通知fdp.exe.pdf");
        assertThat(attachments.get(0).get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(attachments.get(1).get("name").asText()).isEqualTo("附件");
        assertThat(attachments.get(1).get("mediaType").asText()).isEqualTo("application/octet-stream");
    }

    @Test
    void theErrorSpeaksTheCallersLanguage() throws Exception {
        Response english = http.call(CLERK, "GET", "/api/v1/unknown", null, null, Map.of("Accept-Language", "en"));
        assertThat(english.status()).isEqualTo(404);
        assertThat(json.readTree(english.body()).get("message").asText())
                .isEqualTo("The requested resource does not exist.");
        Response chinese =
                http.call(CLERK, "PATCH", "/api/v1/documents", null, null, Map.of("Accept-Language", "zh-CN"));
        assertThat(chinese.status()).isEqualTo(405);
        assertThat(json.readTree(chinese.body()).get("message").asText()).isEqualTo("该地址不支持此请求方法。");
    }

    private void corpus(JsonNode api, String template, JsonNode pathItem, Set<String> covered, Set<String> withBody) {
        if (pathItem.has("put")) {
            wrongMethod(template, pathItem);
        }
        Iterator<Map.Entry<String, JsonNode>> operations = pathItem.fields();
        while (operations.hasNext()) {
            Map.Entry<String, JsonNode> op = operations.next();
            String method = op.getKey().toUpperCase();
            String endpoint = method + " " + template;
            parameters(method, template, op.getValue());
            JsonNode content = op.getValue().path("requestBody").path("content");
            if (content.isMissingNode()) {
                continue;
            }
            withBody.add(endpoint);
            Iterator<Map.Entry<String, JsonNode>> types = content.fields();
            while (types.hasNext()) {
                Map.Entry<String, JsonNode> type = types.next();
                if (type.getKey().contains("json")) {
                    jsonCorpus(method, template, resolve(api, type.getValue().path("schema")), api);
                    covered.add(endpoint);
                } else if (type.getKey().startsWith("multipart/")) {
                    multipartCorpus(template, resolve(api, type.getValue().path("schema")), api);
                    covered.add(endpoint);
                } else if (type.getKey().contains("xml")) {
                    xmlCorpus(method, template);
                    if (UNDECLARED_MULTIPART.contains(template)) {
                        multipartFiles(template, List.of("file"), Map.of());
                    }
                    covered.add(endpoint);
                }
            }
        }
    }

    @Test
    void theServicesBehindTheScreensRefuseUnsafeTextNamingTheField() {
        BusinessException refusal =
                catchThrowableOfType(() -> SafeText.require("通知\u202Etxt.exe", "field.title"), BusinessException.class);
        assertThat(translations.getTranslation(refusal.messageKey(), Translations.CHINESE, refusal.args()))
                .startsWith("标题含有不允许的字符");
        assertThat(translations.getTranslation(refusal.messageKey(), java.util.Locale.ENGLISH, refusal.args()))
                .startsWith("The title holds characters that are not allowed");
    }

    // --- JSON bodies

    private void jsonCorpus(String method, String template, JsonNode schema, JsonNode api) {
        String path = fill(template);
        String user = userFor(template);
        String name = method + " " + template;
        long max = 2L * 1024 * 1024;
        byte[] oversized = ("{\"title\":\"" + "x".repeat((int) max) + "\"}").getBytes(StandardCharsets.UTF_8);
        refused(
                name + " announces an oversized body",
                http.announcing(user, method, path, "application/json", oversized.length),
                413,
                null);
        if (!schema.path("type").asText().equals("array")) {
            refused(
                    name + " oversized, chunked",
                    http.chunked(user, method, path, "application/json", new ByteArrayInputStream(oversized)),
                    413,
                    null);
        }
        refused(name + " malformed", http.json(user, method, path, "{\"title\": \"unterminated"), 400, null);
        refused(
                name + " not JSON",
                http.call(user, method, path, "text/plain", "title=x".getBytes(StandardCharsets.UTF_8), Map.of()),
                415,
                null);
        if (schema.path("type").asText().equals("array")) {
            refused(
                    name + " oversized array, chunked",
                    http.chunked(
                            user,
                            method,
                            path,
                            "application/json",
                            new ByteArrayInputStream(
                                    ("[\"" + "x".repeat((int) max) + "\"]").getBytes(StandardCharsets.UTF_8))),
                    413,
                    null);
            refused(name + " number for an element", http.json(user, method, path, "[5]"), 400, null);
            refused(
                    name + " control character in an element",
                    http.json(user, method, path, "[\"\\u0000\"]"),
                    400,
                    null);
            return;
        }
        for (Map.Entry<String, JsonNode> property : properties(schema, api).entrySet()) {
            JsonNode wrong = wrongType(property.getValue(), api);
            if (wrong != null) {
                ObjectNode body = JsonNodeFactory.instance.objectNode().set(property.getKey(), wrong);
                refused(
                        name + " wrong type for " + property.getKey(),
                        http.json(user, method, path, body.toString()),
                        400,
                        property.getKey());
            }
        }
        List<String> leaves = stringLeaves(schema, api);
        if (!leaves.isEmpty()) {
            refused(
                    name + " 100,000 characters in " + leaves.get(0),
                    http.json(user, method, path, bodyWith(leaves.get(0), "长".repeat(100_000))),
                    null,
                    null);
        }
        for (int i = 0; i < leaves.size(); i++) {
            // each text field gets one of the hostile strings; the first text field of a draft gets all of them
            boolean all = template.equals("/api/v1/documents") && i == 0;
            for (int h = all ? 0 : i % HOSTILE.length; h < (all ? HOSTILE.length : i % HOSTILE.length + 1); h++) {
                String leaf = leaves.get(i);
                refused(
                        name + " " + escape(HOSTILE[h]) + " in " + leaf,
                        http.json(user, method, path, bodyWith(leaf, HOSTILE[h])),
                        400,
                        leaf.replaceAll(".*\\.", ""));
            }
        }
    }

    /** A value of another JSON type than the schema's: a number for text, dates and yes/no, text for numbers. */
    private JsonNode wrongType(JsonNode schema, JsonNode api) {
        JsonNode resolved = resolve(api, schema);
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (resolved.path("type").asText("object")) {
            case "string" -> f.numberNode(1);
            case "integer", "number" -> f.textNode(resolved.has("format") ? "5" : "5.5x");
            case "boolean" -> f.numberNode(1);
            case "array" -> null;
            default -> f.numberNode(5);
        };
    }

    /** Paths to every free-text string: "title", "body[0].text"; a map's values as "x". */
    private List<String> stringLeaves(JsonNode schema, JsonNode api) {
        List<String> leaves = new ArrayList<>();
        Map<String, JsonNode> properties = properties(schema, api);
        if (properties.isEmpty() && schema.has("additionalProperties")) {
            leaves.add("x");
        }
        properties.forEach((name, raw) -> {
            JsonNode p = resolve(api, raw);
            if (plainString(p)) {
                leaves.add(name);
            } else if (p.path("type").asText().equals("array")) {
                JsonNode item = resolve(api, p.path("items"));
                properties(item, api).forEach((sub, subSchema) -> {
                    if (plainString(resolve(api, subSchema))) {
                        leaves.add(name + "[0]." + sub);
                    }
                });
            }
        });
        return leaves;
    }

    private static boolean plainString(JsonNode schema) {
        return schema.path("type").asText().equals("string") && !schema.has("enum") && !schema.has("format");
    }

    private String bodyWith(String leaf, String value) {
        try {
            return ASCII_JSON.writeValueAsString(nodeWith(leaf, value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode nodeWith(String leaf, String value) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (leaf.contains("[0].")) {
            String[] parts = leaf.split("\\[0\\]\\.");
            ArrayNode array = body.putArray(parts[0]);
            array.addObject().put(parts[1], value);
        } else {
            body.put(leaf, value);
        }
        return body;
    }

    // --- uploads

    private void multipartCorpus(String template, JsonNode schema, JsonNode api) {
        List<String> fileParts = new ArrayList<>();
        Map<String, Part> otherParts = new LinkedHashMap<>();
        properties(schema, api).forEach((name, raw) -> {
            JsonNode p = resolve(api, raw);
            boolean binary = "binary".equals(p.path("format").asText())
                    || "binary"
                            .equals(resolve(api, p.path("items")).path("format").asText());
            if (binary) {
                fileParts.add(name);
            } else if (name.equals("draft")) {
                otherParts.put(
                        name,
                        Part.field(
                                name,
                                "application/json",
                                "{\"kind\":\"NOTICE\",\"title\":\"坏输入测试\",\"signingOrgan\":\"测试镇人民政府\"}"));
            }
        });
        multipartFiles(template, fileParts, otherParts);
    }

    private void multipartFiles(String template, List<String> fileParts, Map<String, Part> otherParts) {
        String path = fill(template) + extraQuery(template);
        String user = userFor(template);
        if (fileParts.isEmpty()) {
            failures.add(template + ": a multipart body without a file part in the OpenAPI document");
        }
        Object[][] files = {
            {"NUL in the file name", "a\u0000.pdf", "application/pdf", PDF},
            {"path traversal", "../../../etc/passwd.pdf", "application/pdf", TEXT},
            {"Windows path", "C:\\Windows\\system32\\evil.png", "image/png", TEXT},
            {"script in the name", "<script>alert(1)</script>.docx", "text/html", TEXT},
            {"right-to-left override", "invoice\u202Egnp.pdf", "application/pdf", TEXT},
            {"declared type is a lie", "scan.png", "image/png", TEXT},
        };
        for (String filePart : fileParts) {
            for (Object[] file : files) {
                List<Part> parts = new ArrayList<>(otherParts.values());
                parts.add(Part.file(filePart, (String) file[1], (String) file[2], (byte[]) file[3]));
                refused(
                        "POST " + template + " " + file[0] + " (" + filePart + ")",
                        http.multipart(user, path, parts.toArray(Part[]::new)),
                        null,
                        null);
            }
        }
        refused(
                "POST " + template + " malformed multipart",
                http.call(
                        user,
                        "POST",
                        path,
                        "multipart/form-data; boundary=zzz",
                        "--zzz\r\nContent-Disposition: form-da".getBytes(StandardCharsets.US_ASCII),
                        Map.of()),
                400,
                null);
    }

    private void xmlCorpus(String method, String template) {
        String path = fill(template);
        byte[] oversized = ("<a>" + "x".repeat(2 * 1024 * 1024) + "</a>").getBytes(StandardCharsets.UTF_8);
        refused(
                method + " " + template + " announces oversized XML",
                http.announcing(ADMIN, method, path, "application/xml", oversized.length),
                413,
                null);
        refused(
                method + " " + template + " oversized XML, chunked",
                http.chunked(ADMIN, method, path, "application/xml", new ByteArrayInputStream(oversized)),
                413,
                null);
        refused(
                method + " " + template + " a PDF declared as XML",
                http.call(ADMIN, method, path, "application/xml", PDF, Map.of()),
                415,
                null);
        refused(
                method + " " + template + " neither XML nor multipart",
                http.call(ADMIN, method, path, "text/plain", TEXT, Map.of()),
                415,
                null);
        notFailing(
                method + " " + template + " broken XML",
                http.call(
                        ADMIN,
                        method,
                        path,
                        "application/xml",
                        "<bpmn:definitions><unclosed".getBytes(StandardCharsets.UTF_8),
                        Map.of()));
    }

    // --- paths, parameters, methods

    private void parameters(String method, String template, JsonNode operation) {
        if (!method.equals("GET")) {
            return;
        }
        for (JsonNode parameter : operation.path("parameters")) {
            String type = parameter.path("schema").path("type").asText();
            String name = parameter.path("name").asText();
            if (!type.equals("integer") || !PAGING.matcher(name).matches()) {
                continue;
            }
            boolean inPath = parameter.path("in").asText().equals("path");
            for (String value : inPath ? new String[] {"-1"} : new String[] {"2147483647", "-1", "abc"}) {
                String path = inPath
                        ? fill(template.replace("{" + name + "}", value))
                        : fill(template) + "?" + name + "=" + value;
                notFailing(
                        "GET " + template + " " + name + "=" + value,
                        http.call(userFor(template), "GET", path, null, null, Map.of()));
            }
        }
    }

    private void wrongMethod(String template, JsonNode operations) {
        if (!operations.has("patch")) {
            refused(
                    "PATCH " + template,
                    http.call(
                            userFor(template),
                            "PATCH",
                            fill(template),
                            "application/json",
                            "{}".getBytes(StandardCharsets.UTF_8),
                            Map.of()),
                    405,
                    null);
        }
    }

    private void generalCases() {
        refused("unknown path", http.call(CLERK, "GET", "/api/v1/unknown", null, null, Map.of()), 404, null);
        refused(
                "unknown sub-path",
                http.call(
                        CLERK,
                        "POST",
                        "/api/v1/documents/" + draftId + "/unknown",
                        "application/json",
                        "{}".getBytes(StandardCharsets.UTF_8),
                        Map.of()),
                404,
                null);
        refused(
                "only XML accepted",
                http.call(CLERK, "GET", "/api/v1/documents", null, null, Map.of("Accept", "application/xml")),
                406,
                null);
        refused(
                "inbox page beyond any page",
                http.call(CLERK, "GET", "/api/v1/inbox?page=2147483647", null, null, Map.of()),
                400,
                null);
        refused(
                "negative model version",
                http.call(ADMIN, "GET", "/api/v1/processes/document-approval/versions/-1/bpmn", null, null, Map.of()),
                404,
                null);
        refused(
                "a report from 1970 by numbers",
                http.json(COUNTY_OFFICE, "POST", "/api/v1/inspection-reports", "{\"from\":1,\"to\":2}"),
                400,
                "from");
        refused(
                "a number for a reason",
                http.json(CLERK, "POST", "/api/v1/inbox/999999/return", "{\"reason\":5}"),
                400,
                "reason");
        refused(
                "a number for a title",
                http.json(
                        CLERK,
                        "PUT",
                        "/api/v1/documents/" + draftId,
                        "{\"kind\":\"NOTICE\",\"title\":123,\"signingOrgan\":\"x\"}"),
                400,
                "title");
        refused(
                "a password beyond 72 bytes",
                http.json(
                        ADMIN,
                        "POST",
                        "/api/v1/people",
                        "{\"username\":\"long.password\",\"fullName\":\"长密码\",\"unitId\":" + unitId
                                + ",\"initialPassword\":\"Aa1" + "密".repeat(30) + "\"}"),
                400,
                "72");
        refused(
                "10,000 body blocks",
                http.json(
                        CLERK,
                        "PUT",
                        "/api/v1/documents/" + draftId,
                        "{\"kind\":\"NOTICE\",\"title\":\"块\",\"signingOrgan\":\"x\",\"body\":["
                                + String.join(",", Collections.nCopies(10_000, "{\"level\":0,\"text\":\"段\"}"))
                                + "]}"),
                400,
                "2000");
        refused(
                "an error of a PDF endpoint",
                http.call(
                        CLERK,
                        "GET",
                        "/api/v1/documents/999999/layout.pdf",
                        null,
                        null,
                        Map.of("Accept", "application/pdf")),
                404,
                null);
        refused(
                "a 153 MB body",
                http.announcing(CLERK, "POST", "/api/v1/documents", "application/json", 153L * 1024 * 1024),
                413,
                "2 MB");
    }

    // --- assertions

    private void refused(String name, Response response, Integer status, String mentions) {
        if (response.status() < 400 || response.status() >= 500 || status != null && response.status() != status) {
            failures.add(name + ": " + response.status() + (status == null ? "" : " instead of " + status) + " "
                    + abbreviated(response.body()));
            return;
        }
        apiError(name, response, mentions);
    }

    private void notFailing(String name, Response response) {
        if (response.status() >= 500) {
            failures.add(name + ": " + response.status() + " " + abbreviated(response.body()));
        } else if (response.status() >= 400) {
            apiError(name, response, null);
        }
    }

    private void apiError(String name, Response response, String mentions) {
        if (!response.contentType().startsWith("application/json")) {
            failures.add(name + ": " + response.status() + " as " + response.contentType());
            return;
        }
        try {
            JsonNode error = json.readTree(response.body());
            String message = error.path("message").asText();
            boolean shaped = error.path("status").asInt() == response.status()
                    && error.hasNonNull("error")
                    && error.path("path").asText().startsWith("/api/")
                    && error.hasNonNull("timestamp");
            boolean chinese =
                    message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (!shaped || !chinese || mentions != null && !message.contains(mentions)) {
                failures.add(name + ": " + response.status() + " not the JSON error"
                        + (mentions == null ? "" : " naming " + mentions) + ": " + abbreviated(response.body()));
            }
        } catch (Exception e) {
            failures.add(name + ": " + response.status() + " body is no JSON: " + abbreviated(response.body()));
        }
    }

    // --- helpers

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        return counts;
    }

    private String fill(String template) {
        String id = template.startsWith("/api/v1/documents/") ? String.valueOf(draftId) : "999999";
        return template.replace("{unitId}", String.valueOf(unitId))
                .replace("{key}", "document-approval")
                .replace("{version}", "1")
                .replace("{id}", id)
                .replaceAll("\\{[^}]+}", "999999");
    }

    private static String userFor(String template) {
        if (template.matches("/api/v1/(processes|people|handovers|units|admin).*")) {
            return ADMIN;
        }
        if (template.matches("/api/v1/(inspection-reports|archive).*")) {
            return COUNTY_OFFICE;
        }
        if (template.matches("/api/v1/(seal-archive|incidents).*")) {
            return INFO_CENTRE;
        }
        return CLERK;
    }

    private static String extraQuery(String template) {
        return template.equals("/api/v1/seals/applications") ? "?type=DOCUMENT&reason=%E6%B5%8B%E8%AF%95" : "";
    }

    private static Map<String, JsonNode> properties(JsonNode schema, JsonNode api) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode resolved = resolve(api, schema);
        resolved.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue()));
        return properties;
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String[] ref = current.get("$ref").asText().replace("#/", "").split("/");
            current = api;
            for (String part : ref) {
                current = current.path(part);
            }
        }
        return current;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars()
                .forEach(
                        c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
