package org.gongwen.receipt;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.OrganizationService;
import org.gongwen.support.BrowserJourney;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A9.1, A10.1, A11.2, A14.2 in Debian's Chromium: a sending unit of the test's own sends a signed
 * notice to the demo towns 新集镇 (Z13, main, 2 copies) and 马庄镇 (Z14, copy, 1 copy); the clerk of
 * 新集镇 sees the unread badge, finds the notice bold in 收文, sees its checks passed, signs for it and prints it (each time confirmed,
 * then the browser's print dialog) twice within the quota and once more without legal force,
 * after reading it in the viewer as PDF and, 版式 switched, as OFD;
 * 马庄镇 has it too, and the sender sees how 新集镇 stands. The document is prepared and sent
 * through the services, the fan-out run by the test. Printing copy 1 and a copy whose file fails on
 * the way are DocumentChainJourneyIT's, on the packaged jar.
 */
@IntegrationTest
class ReceivingJourneyTests {

    private static final String TITLE = "关于做好春季森林防火工作的通知";
    /** Words of the notice's body (DocumentChain's), as a reader sees them in the viewer. */
    private static final String BODY_WORDS = "请按要求认真落实";

    private static BrowserJourney journey;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    /** Sends as a unit of the test's own ({@link DocumentChain#sender()}). */
    private DocumentChain chain;

    @AfterAll
    static void closeBrowser() {
        if (journey != null) {
            journey.close();
        }
    }

    @Test
    void aTownClerkSeesTheBadgeChecksSignsForAndPrintsTwiceWithinTheQuotaThenWithoutLegalForce() {
        long z13 = organization.unitByCode("Z13").orElseThrow().id();
        long z14 = organization.unitByCode("Z14").orElseThrow().id();
        chain = DocumentChain.in(context);
        long documentId = chain.signedAndAwaitingConfirmation(
                TITLE,
                List.of(
                        new RecipientEntry(z13, RecipientKind.MAIN, 2),
                        new RecipientEntry(z14, RecipientKind.COPY, 1)));
        chain.confirmAndSend(documentId);
        journey = new BrowserJourney(port);
        try {
            long distributionId = openFromInbox();
            assertThat(distributionId).isEqualTo(distributionOf(documentId, z13));
            readAsPdfThenAsOfd();
            checkSignForAndPrint();
            assertPrintsRecorded(distributionId);
            findInInbox(journey.loginAs("z14.clerk"));
            senderSeesTheTownSignedAndPrinted();
        } catch (RuntimeException | AssertionError e) {
            journey.keepEvidence(e);
            throw e;
        } finally {
            journey.closePage();
        }
    }

    /**
     * The notice's title in 收文, bold while unread. Newest first, so on a database kept from an
     * earlier run (MySQL) the first match is still this run's copy.
     */
    private Locator findInInbox(Page page) {
        page.navigate(journey.url("/inbox"));
        page.locator("#inbox-search input").fill(TITLE);
        Locator title = page.locator("vaadin-grid-cell-content span.unread")
                .filter(new Locator.FilterOptions().setHasText(TITLE))
                .first();
        assertThat(title).hasCSS("font-weight", "700");
        return title;
    }

    /** As z13.clerk: the unread badge after signing in, then the notice opened from 收文. */
    private long openFromInbox() {
        Page page = journey.loginAs("z13.clerk");
        assertThat(page.locator(".unread-badge")).hasText(Pattern.compile("^[1-9][0-9]*$"));
        findInInbox(page).click();
        page.waitForURL(Pattern.compile(".*/inbox/\\d+$"));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(TITLE).setExact(true)))
                .isVisible();
        Matcher id = Pattern.compile("/inbox/(\\d+)$").matcher(page.url());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /**
     * The notice's words in the viewer, as the sealed PDF and then, 版式 switched to OFD, as the sealed OFD
     * rendered for viewing: another file, without a signature of its own.
     */
    private void readAsPdfThenAsOfd() {
        Page page = journey.page();
        Locator viewer = page.locator("#layout-viewer");
        journey.assertViewerShows("#layout-viewer", BODY_WORDS);
        String pdfSource = viewer.getAttribute("src");

        Response ofdView = page.waitForResponse(
                r -> r.url().contains("/VAADIN/dynamic/resource/"),
                () -> page.getByRole(
                                AriaRole.RADIO,
                                new Page.GetByRoleOptions().setName("OFD").setExact(true))
                        .check());
        assertThat(viewer).not().hasAttribute("src", pdfSource);
        assertThat(new String(ofdView.body(), StandardCharsets.ISO_8859_1))
                .as("the OFD rendered for viewing")
                .startsWith("%PDF-")
                .doesNotContain("/ByteRange");
        journey.assertViewerShows("#layout-viewer", BODY_WORDS);
        journey.assertViewerShows("#layout-viewer", "春季森林防火工作");
    }

    private void checkSignForAndPrint() {
        Page page = journey.page();
        // the four checks of A10.1 on the PDF and the same four on the OFD
        assertThat(page.locator(".receipt-checks .check-passed")).hasCount(8);
        assertThat(page.locator(".receipt-checks .check-failed")).hasCount(0);

        page.locator("#sign-for").click();
        assertThat(notification(page, "已签收。")).isVisible();
        assertThat(page.locator(".distribution-state")).hasText("已签收");
        assertThat(page.locator("#sign-for")).isHidden();

        Locator print = page.locator("#print");
        assertThat(print).hasText("打印（剩余正式份数 2/2）");
        // the browser's print dialog, as the page calls it (the app navigates without reloading the window)
        page.evaluate("""
                () => { window.__printed = []; window.print = () => window.__printed.push({
                  printing: document.body.classList.contains('printing-copy'),
                  pages: document.querySelectorAll('#pdf-print-copy canvas').length }); }""");
        print.click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay")).containsText("份号 000001");
        confirmPrint(page);
        assertThat(notification(page, "份号 000001")).isVisible();
        assertThat(print).hasText("打印（剩余正式份数 1/2）");
        print.click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay")).containsText("份号 000002");
        confirmPrint(page);
        assertThat(notification(page, "份号 000002")).isVisible();
        assertThat(print).hasText("打印（已超出 2 份，无法律效力）");
        print.click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay")).containsText("无法律效力");
        confirmPrint(page);
        assertThat(notification(page, "无法律效力")).isVisible();
        assertThat(page.evaluate("() => window.__printed.length"))
                .as("a print dialog each")
                .isEqualTo(3);
        assertThat(page.evaluate("() => window.__printed.every(p => p.printing && p.pages > 0)"))
                .isEqualTo(true);

        Locator copies = page.locator("#print-log vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^(\\d{6}|无效力副本)$")));
        assertThat(copies).hasCount(3);
        for (String copy : List.of("000001", "000002", "无效力副本")) {
            assertThat(copies.filter(new Locator.FilterOptions().setHasText(copy)))
                    .hasCount(1);
        }
    }

    private void assertPrintsRecorded(long distributionId) {
        assertThat(jdbc.queryForList(
                        "select copy_number from receipt_print where distribution_id = ? and official = true",
                        Integer.class,
                        distributionId))
                .containsExactlyInAnyOrder(1, 2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from receipt_print where distribution_id = ? and official = false",
                        Integer.class,
                        distributionId))
                .isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap(
                "select state, prints_used, unofficial_prints, received_via "
                        + "from receipt_distribution where id = ?",
                distributionId);
        assertThat(row)
                .containsEntry("state", "SIGNED")
                .containsEntry("prints_used", 2)
                .containsEntry("unofficial_prints", 1)
                .containsEntry("received_via", "PRINT");
    }

    private void senderSeesTheTownSignedAndPrinted() {
        Page page = journey.loginAs(chain.sender().login() + ".clerk");
        page.navigate(journey.url("/documents"));
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(TITLE))
                .first()
                .click();
        Locator town = page.locator("#sent-distributions vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("新集镇"));
        assertThat(town).hasCount(1);
        assertThat(page.locator("#sent-distributions vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("马庄镇")))
                .hasCount(1);
        assertThat(rowOf(town)).contains("已签收", "2 / 2（另无效力副本 1 份）");
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

    /** The texts of the grid row holding {@code cell} (cell contents are slotted into shadow rows). */
    @SuppressWarnings("unchecked")
    private static List<String> rowOf(Locator cell) {
        return (List<String>) cell.evaluate("""
                node => {
                  const content = node.closest('vaadin-grid-cell-content');
                  const grid = content.closest('vaadin-grid');
                  return [...grid.shadowRoot.querySelector(`slot[name="${content.getAttribute('slot')}"]`)
                      .closest('tr').querySelectorAll('td slot')]
                      .map(slot => grid.querySelector(`vaadin-grid-cell-content[slot="${slot.getAttribute('name')}"]`))
                      .map(c => c ? c.textContent.trim() : '');
                }""");
    }

    private long distributionOf(long documentId, long unitId) {
        return jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);
    }
}
