package org.gongwen.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.OrganizationService;
import org.gongwen.support.BrowserJourney;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits.Issuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A5, A16 in Debian's Chromium: a document waits for 分管领导核准; the county's supervisor opens
 * 流程看板 on the approval process, sees the model with a waiting count on that step, clicks it,
 * sees the waiting document and its timeline, and opens the document's own page on 发文, titled;
 * a clerk who types the address gets no dashboard.
 */
@IntegrationTest
class ProcessDashboardJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganizationService organization;

    @Autowired
    ProcessEngine engine;

    @Test
    void aSupervisorClicksTheLeaderStepOfTheApprovalDiagramAndReachesTheWaitingDocument() {
        String title = "关于流程看板核对材料的通知" + System.nanoTime() % 10_000;
        long documentId = submitted(title);
        try (BrowserJourney journey = new BrowserJourney(port)) {
            try {
                Page page = leaderStepWaitingList(journey);
                assertThat(page.getByText("发文审批 · 分管领导核准：当前等待", new Page.GetByTextOptions()))
                        .isVisible();
                Locator row = page.locator("#process-waiting vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText(title))
                        .first();
                assertThat(row).isVisible();
                row.click();
                assertThat(page.getByText("办理经过：" + title)).isVisible();
                assertThat(page.locator("#process-timeline vaadin-grid-cell-content")
                                .filter(new Locator.FilterOptions().setHasText("分管领导核准"))
                                .first())
                        .isVisible();

                page.locator("#process-waiting vaadin-grid-cell-content a[href='documents/" + documentId + "']")
                        .click();
                page.waitForURL("**/documents/" + documentId);
                assertThat(page.locator("h3").filter(new Locator.FilterOptions().setHasText(title)))
                        .isVisible();

                Page clerk = journey.loginAs("z01.clerk");
                clerk.navigate(journey.url("/supervision/processes"));
                clerk.waitForLoadState(LoadState.NETWORKIDLE);
                assertThat(clerk.locator("#process-list")).hasCount(0);
                assertThat(clerk.getByText("流程看板")).hasCount(0);
            } catch (RuntimeException | AssertionError e) {
                journey.keepEvidence(e);
                throw e;
            }
        } finally {
            DocumentChain.in(context).stopApproval(documentId);
        }
    }

    @Test
    void aSupervisorClicksTheSecondWaitingRowAndSeesItsTimeline() {
        long nonce = System.nanoTime() % 10_000;
        String earlierTitle = "关于流程看板先到材料的通知" + nonce;
        String title = "关于流程看板后到材料的通知" + nonce;
        DocumentChain chain = DocumentChain.in(context);
        Issuer issuer = chain.sender();
        long recipient = organization.unitByCode("Z04").orElseThrow().id();
        List<RecipientEntry> to = List.of(new RecipientEntry(recipient, RecipientKind.MAIN, 1));
        long earlier = chain.submitted(issuer.login(), issuer.organ(), earlierTitle, to);
        long documentId = 0;
        try {
            documentId = chain.submitted(issuer.login(), issuer.organ(), title, to);
            try (BrowserJourney journey = new BrowserJourney(port)) {
                try {
                    Page page = leaderStepWaitingList(journey);
                    Locator earlierRow = subject(page, earlierTitle);
                    Locator laterRow = subject(page, title);
                    assertThat(earlierRow).isVisible();
                    assertThat(laterRow).isVisible();
                    // the later one has waited less and is listed lower, unless both were submitted within
                    // the database's precision: click the lower row first, whichever it is
                    boolean laterIsLower = laterRow.boundingBox().y > earlierRow.boundingBox().y;
                    String lowerTitle = laterIsLower ? title : earlierTitle;
                    String upperTitle = laterIsLower ? earlierTitle : title;

                    // as a person does: the pointer comes to rest on the upper row, whose subject's tooltip opens
                    // beneath it, over the lower row; then the person moves down and clicks the lower row there
                    // (the grid opens no tooltip while it still counts as scrolling, just after its rows came)
                    page.waitForFunction("() => !document.querySelector('#process-waiting')"
                            + ".shadowRoot.querySelector('#scroller').hasAttribute('scrolling')");
                    page.mouse().move(5, 5);
                    subject(page, upperTitle).hover();
                    assertThat(page.locator("vaadin-tooltip-overlay[opened]")).hasText(upperTitle);
                    BoundingBox lower = subject(page, lowerTitle).boundingBox();
                    double x = lower.x + lower.width / 2;
                    double y = lower.y + lower.height / 2;
                    page.mouse().move(x, y, new Mouse.MoveOptions().setSteps(5));
                    page.mouse().click(x, y);
                    assertThat(page.getByText("办理经过：" + lowerTitle)).isVisible();

                    subject(page, upperTitle).click();
                    assertThat(page.getByText("办理经过：" + upperTitle)).isVisible();
                } catch (RuntimeException | AssertionError e) {
                    journey.keepEvidence(e);
                    throw e;
                }
            }
        } finally {
            chain.stopApproval(earlier);
            if (documentId != 0) {
                chain.stopApproval(documentId);
            }
        }
    }

    /**
     * The supervisor's 流程看板 of the approval process with its leader step clicked, once the waiting list
     * (filled in from the server after the step's title) has its rows.
     */
    private static Page leaderStepWaitingList(BrowserJourney journey) {
        Page page = journey.loginAs("bgs.supervisor");
        page.navigate(journey.url("/supervision/processes?process=document-approval"));
        Locator badge = page.locator(".process-step-badge[data-step='Task_LeaderApprove']");
        assertThat(badge).isVisible();
        assertThat(badge).containsText("等待");
        badge.click();
        assertThat(page.locator("#process-waiting:not([loading])")).isVisible();
        return page;
    }

    private static Locator subject(Page page, String title) {
        return page.locator("#process-waiting vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(title))
                .first();
    }

    private long submitted(String title) {
        long recipient = organization.unitByCode("Z04").orElseThrow().id();
        return DocumentChain.in(context)
                .submitted("z03", "清河县某镇人民政府", title, List.of(new RecipientEntry(recipient, RecipientKind.MAIN, 1)));
    }
}
