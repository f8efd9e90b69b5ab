package org.gongwen.organization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gongwen.organization.process.PersonnelHandoverProcess;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.security.AccountService;
import org.gongwen.support.BrowserJourney;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A32 end to end through the real UI, in Debian's Chromium: the leader of a unit of the
 * test's own starts the handover of the clerk's CLERK role to the unit's technician, the clerk
 * lists duties, the technician accepts, and the role moves once the async job before
 * Task_MoveRoles has run. The unit is the test's own because the handover takes a role away.
 */
@IntegrationTest
class HandoverJourneyTests {

    private static final String DUTIES = "公文收发、登记与分发；电子印章申领";

    private static BrowserJourney journey;

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    @Autowired
    SealLifecycleService seals;

    /** The page being driven; kept as evidence if the journey fails. */
    private Page page;

    /** The login prefix of the test's own unit: {@code <unit>.leader}, {@code .clerk}, {@code .tech}. */
    private String unit;

    @BeforeEach
    void openBrowser() {
        if (journey == null) {
            journey = new BrowserJourney(port);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (journey != null) {
            journey.close();
            journey = null;
        }
    }

    @Test
    void leaderStartsHandoverClerkListsDutiesSuccessorAcceptsAndRoleMoves() {
        String code = OwnUnits.freshCode("HJ");
        new OwnUnits(organization, accounts, seals)
                .unit(code, "清河县交接旅程测试局" + code, Role.CLERK, Role.LEADER, Role.TECHNICIAN);
        unit = code.toLowerCase(Locale.ROOT);
        try {
            journeyThroughTheUi();
        } catch (RuntimeException | AssertionError e) {
            journey.keepEvidence(e);
            throw e;
        } finally {
            journey.closePage();
        }
        rolesMoveWhenTheAsyncJobRuns();
    }

    private void journeyThroughTheUi() {
        // 1. the leader starts the handover: clerk → technician, role 收发员 (preselected)
        loginAs(unit + ".leader");
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("人员交接"))
                .click();
        page.waitForURL(Pattern.compile(".*/handover$"));
        choose("#handover-outgoing", unit + ".clerk");
        assertThat(page.locator("#handover-roles vaadin-checkbox")
                        .filter(new Locator.FilterOptions().setHasText("收发员")))
                .hasAttribute("checked", "");
        choose("#handover-successor", unit + ".tech");
        page.locator("#handover-start").click();
        assertThat(page.locator("vaadin-notification-card[theme~=success]")).containsText("已发起");

        // 2. the clerk lists duties; an empty form is refused first
        loginAs(unit + ".clerk");
        openTask("列出职责与未办事项");
        page.locator("#complete-task").click();
        assertThat(page.locator("#field-duties")).hasAttribute("invalid", "");
        assertThat(page.locator("#field-listComplete")).hasAttribute("invalid", "");
        page.locator("#field-duties textarea").fill(DUTIES);
        page.locator("#field-openItems textarea").fill("无");
        page.locator("#field-listComplete input").check();
        page.locator("#complete-task").click();
        assertThat(page.locator("vaadin-notification-card[theme~=success]")).containsText("列出职责与未办事项");
        page.waitForURL(Pattern.compile(".*/tasks$"));

        // 3. the successor reads the duties and accepts
        loginAs(unit + ".tech");
        openTask("接任人确认交接");
        assertThat(page.locator("#field-duties textarea")).hasValue(DUTIES);
        page.locator("#field-accepted")
                .getByLabel("接受", new Locator.GetByLabelOptions().setExact(true))
                .check();
        page.locator("#complete-task").click();
        assertThat(page.locator("vaadin-notification-card[theme~=success]")).containsText("接任人确认交接");
        page.waitForURL(Pattern.compile(".*/tasks$"));
    }

    private void rolesMoveWhenTheAsyncJobRuns() {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("handover-" + unit + ".clerk")
                .processDefinitionKey(PersonnelHandoverProcess.KEY)
                .singleResult();
        assertThat(instance).isNotNull();
        assertThat(runtime.getActiveActivityIds(instance.getId()))
                .containsExactly(PersonnelHandoverProcess.TASK_MOVE_ROLES);
        Job job = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(PersonnelHandoverProcess.TASK_MOVE_ROLES)
                .singleResult();
        assertThat(job).isNotNull();

        management.executeJob(job.getId());

        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertThat(ended.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(ended.getEndActivityId()).isEqualTo(PersonnelHandoverProcess.END_HANDED_OVER);
        assertThat(organization.personByUsername(unit + ".tech").orElseThrow().roles())
                .contains(Role.CLERK);
        assertThat(organization.personByUsername(unit + ".clerk").orElseThrow().roles())
                .doesNotContain(Role.CLERK);
    }

    private void loginAs(String username) {
        page = journey.loginAs(username);
    }

    /** Types the person's name into a combo box to filter it and picks the item "全名（岗位）". */
    private void choose(String comboBox, String username) {
        String name = organization.personByUsername(username).orElseThrow().fullName();
        page.locator(comboBox + " input").fill(name);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setVisible(true))
                .filter(new Locator.FilterOptions().setHasText(name + "（"))
                .first()
                .click();
        assertThat(page.locator(comboBox + " input")).hasValue(Pattern.compile("^" + name + "（"));
    }

    private void openTask(String taskName) {
        journey.openTask(taskName);
    }
}
