package org.gongwen.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.OrganizationService;
import org.gongwen.support.BrowserJourney;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
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
                Page page = journey.loginAs("bgs.supervisor");
                page.navigate(journey.url("/supervision/processes?process=document-approval"));
                Locator badge = page.locator(".process-step-badge[data-step='Task_LeaderApprove']");
                assertThat(badge).isVisible();
                assertThat(badge).containsText("等待");
                badge.click();

                assertThat(page.getByText("发文审批 · 分管领导核准：当前等待", new Page.GetByTextOptions()))
                        .isVisible();
                // the list is filled in from the server after the step's title: click a row of the finished list
                assertThat(page.locator("#process-waiting:not([loading])")).isVisible();
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

    private long submitted(String title) {
        long recipient = organization.unitByCode("Z04").orElseThrow().id();
        return DocumentChain.in(context)
                .submitted("z03", "清河县某镇人民政府", title, List.of(new RecipientEntry(recipient, RecipientKind.MAIN, 1)));
    }
}
