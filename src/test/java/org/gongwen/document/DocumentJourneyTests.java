package org.gongwen.document;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.receipt.ReceiptKeys;
import org.gongwen.support.BrowserJourney;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.SendJobs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A4–A14 in Debian's Chromium: the clerk of 城关镇 (Z01, which holds an active demo seal) drafts a
 * notice to three towns in 拟稿, the leader approves and the seal custodian stamps it (through the
 * services here: reading it on those tasks in the browser is DocumentChainJourneyIT's, on the
 * packaged jar), the clerk confirms the send to the three towns, and each town has the document to
 * sign for, which a town's clerk finds in the task inbox. The asynchronous jobs (signing, fan-out)
 * are run by the test, as the job executor is off.
 */
@IntegrationTest
class DocumentJourneyTests {

    private static final String TITLE = "关于做好元旦期间安全工作的通知";
    private static final List<String> TOWNS = List.of("白马镇", "青石镇", "龙泉镇");
    private static final List<String> CLERKS = List.of("z06.clerk", "z07.clerk", "z10.clerk");
    private static final List<String> TOWN_CODES = List.of("Z06", "Z07", "Z10");

    private static BrowserJourney journey;

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ApplicationContext context;

    @Autowired
    org.gongwen.organization.OrganizationService organization;

    private long unitId(String code) {
        return organization.unitByCode(code).orElseThrow().id();
    }

    @AfterAll
    static void closeBrowser() {
        if (journey != null) {
            journey.close();
        }
    }

    @Test
    void aClerkDraftsTheLeaderApprovesTheCustodianStampsAndThreeTownsReceiveIt() {
        journey = new BrowserJourney(port);
        try {
            long id = draftAndSubmit();
            approveAndStamp(id);
            confirmSend(id);
            for (String town : TOWN_CODES) {
                assertThat(runtime.createProcessInstanceQuery()
                                .processInstanceBusinessKey(ReceiptKeys.businessKey(id, unitId(town)))
                                .count())
                        .as("a receipt for " + town)
                        .isEqualTo(1);
            }
            Page page = journey.loginAs(CLERKS.get(0));
            journey.openTask("签收：" + TITLE, TITLE);
            assertThat(page.getByText(TITLE).first()).isVisible();
        } catch (RuntimeException | AssertionError e) {
            journey.keepEvidence(e);
            throw e;
        } finally {
            journey.closePage();
        }
    }

    private long draftAndSubmit() {
        Page page = journey.loginAs("z01.clerk");
        page.navigate(journey.url("/documents/draft"));
        page.locator("#draft-title input").fill(TITLE);
        for (String town : TOWNS) {
            page.locator("#recipient-unit input").fill(town);
            page.locator("vaadin-combo-box-item")
                    .filter(new Locator.FilterOptions().setVisible(true))
                    .filter(new Locator.FilterOptions().setHasText(town))
                    .first()
                    .click();
            page.locator("#recipient-add-main").click();
        }
        page.locator(".body-text textarea").first().fill("各村（社区）：元旦将至，请切实做好节日期间安全生产和值班值守工作。");
        page.locator("#draft-submit").click();
        page.waitForURL(Pattern.compile(".*/documents$"));
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(TITLE)))
                .not()
                .hasCount(0);
        String businessKey = runtime.createProcessInstanceQuery()
                .processDefinitionKey(DocumentApprovalProcess.KEY)
                .variableValueEquals("title", TITLE)
                .singleResult()
                .getBusinessKey();
        return Long.parseLong(businessKey.substring("document-".length()));
    }

    private void approveAndStamp(long id) {
        DocumentChain chain = DocumentChain.in(context);
        chain.complete("z01.leader", DocumentApprovalProcess.businessKey(id), Map.of("decision", "approve"));
        chain.complete("z01.seal", DocumentApprovalProcess.businessKey(id), Map.of("stampConfirmed", true));
        runJobs(DocumentApprovalProcess.businessKey(id));
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(DocumentSendProcess.businessKey(id))
                        .count())
                .isEqualTo(1);
    }

    private void confirmSend(long id) {
        Page page = journey.loginAs("z01.clerk");
        journey.openTask("确认收文单位与打印份数", TITLE);
        for (String town : TOWNS) {
            assertThat(page.locator("vaadin-vertical-layout")
                            .filter(new Locator.FilterOptions().setHasText(town))
                            .first())
                    .isVisible();
        }
        page.locator("#field-sendConfirmed input").check();
        page.locator("#complete-task").click();
        page.waitForURL(Pattern.compile(".*/tasks$"));
        SendJobs.run(management, runtime, id);
    }

    private void runJobs(String businessKey) {
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .singleResult()
                .getId();
        management
                .createJobQuery()
                .processInstanceId(instance)
                .list()
                .forEach(job -> management.executeJob(job.getId()));
    }
}
