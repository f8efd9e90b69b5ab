package org.gongwen.document;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.gongwen.pdf.OfdText;
import org.gongwen.support.BrowserJourney;
import org.gongwen.support.ProductionJar;
import org.gongwen.support.RealHttp;
import org.junit.jupiter.api.Test;

/**
 * The document in front of everyone who acts on it, on the packaged jar started from an empty folder
 * (A4–A14): the clerk of 城关镇 (Z01, with the demo seal) drafts a notice to 白马镇 (Z06, 2 official
 * copies) and submits it through the REST API; in Debian's Chromium the leader reads it in the
 * viewer on the approval task and approves, the seal custodian reads it on the stamping task and
 * stamps; the send is confirmed through the API; 白马镇's clerk reads its text in the viewer, signs
 * for it and prints. The first print's file never reaches the browser (its request is aborted): no
 * copy is used, and the next print is copy 1 again, handed to the print dialog (window.print,
 * intercepted before the app loads) with the copy rendered. The job executor runs in the jar, so
 * the test waits for what it does.
 */
class DocumentChainJourneyIT {

    private static final String TITLE = "关于做好冬季供暖保障工作的通知";
    private static final String BODY = "请于十二月十日前完成供暖设施检修";
    private static final Duration ASYNC_TIMEOUT = Duration.ofSeconds(90);

    private final ObjectMapper json = new ObjectMapper();
    private ProductionJar jar;

    @Test
    void theLeaderAndTheCustodianReadTheNoticeOnTheirTasksAndTheTownClerkSignsForAndPrintsCopyOne() throws Exception {
        jar = ProductionJar.shared();
        long documentId = draftAndSubmit();
        try (BrowserJourney browser = new BrowserJourney(jar.port())) {
            try {
                actOnTask(
                        browser,
                        "z01.leader",
                        documentId,
                        page -> page.locator("#field-decision")
                                .getByLabel("核准", new Locator.GetByLabelOptions().setExact(true))
                                .check());
                actOnTask(
                        browser,
                        "z01.seal",
                        documentId,
                        page -> page.locator("#field-stampConfirmed input").check());
                long distributionId = confirmSend(documentId);
                signForAndPrint(browser, distributionId);
            } catch (AssertionError | RuntimeException e) {
                browser.keepEvidence(e);
                throw e;
            }
        }
    }

    /** As z01.clerk through the API: the notice to 白马镇 with 2 official copies, submitted for approval. */
    private long draftAndSubmit() throws Exception {
        RealHttp clerk = RealHttp.basic(jar.port(), "z01.clerk");
        long town = 0;
        for (JsonNode unit : ok(clerk.get("/api/v1/units"))) {
            if ("Z06".equals(unit.get("code").asText())) {
                town = unit.get("id").asLong();
            }
        }
        assertThat(town).as("白马镇 in the directory").isPositive();
        ObjectNode draft = json.createObjectNode()
                .put("kind", "NOTICE")
                .put("title", TITLE)
                .put("countyLevel", false)
                .put("signingOrgan", "清河县城关镇人民政府");
        draft.putArray("recipients")
                .addObject()
                .put("unitId", town)
                .put("kind", "MAIN")
                .put("printQuota", 2);
        draft.putArray("body").addObject().put("level", 0).put("text", "各村（社区）：" + BODY + "，确保群众温暖过冬。");
        long id = ok(clerk.json("POST", "/api/v1/documents", json.writeValueAsString(draft)))
                .get("id")
                .asLong();
        ok(clerk.json("POST", "/api/v1/documents/" + id + "/submit", null));
        return id;
    }

    /**
     * {@code username} opens their task on the document's approval, reads the notice's title in the
     * viewer, decides and completes the task; the task is found through the API by its business key.
     */
    private void actOnTask(BrowserJourney browser, String username, long documentId, Consumer<Page> decision) {
        JsonNode task = awaitTask(username, "document-" + documentId);
        Page page = browser.loginAs(username);
        page.navigate(jar.url("/tasks/" + task.get("id").asText()));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName(task.get("name").asText())
                                .setExact(true)))
                .isVisible();
        browser.assertViewerShows("#task-document", TITLE);
        decision.accept(page);
        page.locator("#complete-task").click();
        page.waitForURL(Pattern.compile(".*/tasks$"));
    }

    /** Once the notice is signed, z01.clerk confirms the send through the API; returns 白马镇's distribution. */
    private long confirmSend(long documentId) throws Exception {
        JsonNode task = awaitTask("z01.clerk", "document-send-" + documentId);
        RealHttp clerk = RealHttp.basic(jar.port(), "z01.clerk");
        HttpResponse<String> done = clerk.json(
                "POST", "/api/v1/tasks/" + task.get("id").asText() + "/complete", "{\"sendConfirmed\":true}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        RealHttp town = RealHttp.basic(jar.port(), "z06.clerk");
        String search = "/api/v1/inbox?q=" + URLEncoder.encode(TITLE, StandardCharsets.UTF_8);
        JsonNode entry = await("白马镇 receives the notice", () -> {
            for (JsonNode e : ok(town.get(search)).get("items")) {
                if (e.get("documentId").asLong() == documentId) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        });
        assertThat(entry.get("printQuota").asInt()).isEqualTo(2);
        return entry.get("distributionId").asLong();
    }

    private void signForAndPrint(BrowserJourney browser, long distributionId) throws Exception {
        Page page = browser.loginAs("z06.clerk");
        // the browser's print dialog, as the page calls it: what is on the page to print at that moment
        page.addInitScript("""
                window.__printed = [];
                window.print = () => {
                  window.__printed.push({ printing: document.body.classList.contains('printing-copy'),
                      pages: document.querySelectorAll('#pdf-print-copy canvas').length });
                  window.dispatchEvent(new Event('afterprint'));
                };""");
        page.navigate(jar.url("/inbox/" + distributionId));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(TITLE).setExact(true)))
                .isVisible();
        browser.assertViewerShows("#layout-viewer", BODY);

        page.locator("#sign-for").click();
        assertThat(page.locator(".distribution-state")).hasText("已签收");
        Locator print = page.locator("#print");
        assertThat(print).hasText("打印（剩余正式份数 2/2）");

        // the first copy's file never reaches the browser: the viewer's file is fetched, so the next fetch is the
        // copy's
        List<String> aborted = new ArrayList<>();
        page.route(
                "**/VAADIN/dynamic/resource/**",
                route -> {
                    aborted.add(route.request().url());
                    route.abort();
                },
                new Page.RouteOptions().setTimes(1));
        print.click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay")).containsText("份号 000001");
        confirmPrint(page);
        assertThat(notification(page, "未能送达浏览器")).isVisible();
        assertThat(aborted).hasSize(1);
        assertThat(aborted.get(0))
                .isNotEqualTo(jar.url("/") + page.locator("#layout-viewer").getAttribute("src"));
        assertThat(print).hasText("打印（剩余正式份数 2/2）");
        assertThat(page.evaluate("() => window.__printed.length")).isEqualTo(0);
        RealHttp clerk = RealHttp.basic(jar.port(), "z06.clerk");
        assertThat(ok(clerk.get("/api/v1/inbox/" + distributionId))
                        .get("printsUsed")
                        .asInt())
                .isZero();

        print.click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay")).containsText("将打印第 1 份正式文本（共 2 份），份号 000001");
        Response copy = page.waitForResponse(
                r -> r.headerValue("content-disposition") != null
                        && r.headerValue("content-disposition").contains("000001"),
                () -> confirmPrint(page));
        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.headerValue("content-type")).startsWith("application/pdf");
        assertThat(notification(page, "份号 000001")).isVisible();
        assertThat(page.evaluate("() => window.__printed.length"))
                .as("one print dialog")
                .isEqualTo(1);
        assertThat(page.evaluate("() => window.__printed[0].printing"))
                .as("only the copy prints")
                .isEqualTo(true);
        assertThat((Integer) page.evaluate("() => window.__printed[0].pages"))
                .as("the copy rendered")
                .isPositive();
        assertThat(print).hasText("打印（剩余正式份数 1/2）");

        JsonNode entry = ok(clerk.get("/api/v1/inbox/" + distributionId));
        assertThat(entry.get("state").asText()).isEqualTo("SIGNED");
        assertThat(entry.get("printsUsed").asInt()).isEqualTo(1);
        List<String> log = new ArrayList<>();
        ok(clerk.get("/api/v1/inbox/" + distributionId + "/prints"))
                .forEach(p -> log.add(
                        p.get("copyNumber").asInt() + " " + p.get("outcome").asText()));
        assertThat(log).as("both attempts in the print log").containsExactly("1 FAILED", "1 DELIVERED");
        readsTheOfdThroughTheApi(clerk, distributionId);
    }

    /**
     * The same recipient's office system reads the national format: the checks pass on both files, the sealed OFD
     * carries the notice's text, and the second official copy is printed as OFD from the same quota.
     */
    private void readsTheOfdThroughTheApi(RealHttp clerk, long distributionId) {
        List<String> checks = new ArrayList<>();
        ok(clerk.get("/api/v1/inbox/" + distributionId + "/checks"))
                .forEach(c -> checks.add(
                        c.get("code").asText() + " " + c.get("passed").asBoolean()));
        assertThat(checks)
                .contains("OFD_SENDER true", "OFD_SIGNATURE true", "OFD_CERTIFICATE true", "OFD_ELEMENTS true")
                .noneMatch(c -> c.endsWith("false"));

        HttpResponse<byte[]> ofd = clerk.getBytes("/api/v1/inbox/" + distributionId + "/layout.ofd");
        assertThat(ofd.statusCode()).isEqualTo(200);
        assertThat(ofd.headers().firstValue("Content-Type").orElse("")).startsWith("application/ofd");
        assertThat(String.join("", OfdText.pageTexts(ofd.body())).replaceAll("\\s", ""))
                .contains(TITLE)
                .contains("供暖设施检修");

        HttpResponse<byte[]> copy = clerk.postBytes("/api/v1/inbox/" + distributionId + "/prints/ofd");
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(copy.headers().firstValue("X-Copy-Number")).contains("2");
        assertThat(copy.headers().firstValue("X-Remaining-Quota")).contains("0");
        assertThat(String.join("", OfdText.pageTexts(copy.body())).replaceAll("\\s", ""))
                .contains(TITLE);
        assertThat(ok(clerk.get("/api/v1/inbox/" + distributionId))
                        .get("printsUsed")
                        .asInt())
                .isEqualTo(2);
    }

    private JsonNode awaitTask(String username, String businessKey) {
        RealHttp user = RealHttp.basic(jar.port(), username);
        return await(username + "'s task on " + businessKey, () -> {
            for (JsonNode task : ok(user.get("/api/v1/tasks?limit=200")).get("items")) {
                if (businessKey.equals(task.get("businessKey").asText())) {
                    return Optional.of(task);
                }
            }
            return Optional.empty();
        });
    }

    private <T> T await(String what, Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(ASYNC_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not within " + ASYNC_TIMEOUT + ": " + what);
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as(response.uri() + " " + response.body())
                .isBetween(200, 299);
        try {
            return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void confirmPrint(Page page) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("打印").setExact(true))
                .click();
    }

    private static Locator notification(Page page, String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text));
    }
}
