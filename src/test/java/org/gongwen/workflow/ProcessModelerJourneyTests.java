package org.gongwen.workflow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.gongwen.support.BrowserJourney;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Debian's Chromium: the administrator opens a process in the BPMN modeler from 流程管理,
 * renames a task and gives it a candidate group that is no role in the properties panel; the check
 * names the mistake, the administrator corrects it and deploys; the new version holds the edits.
 */
@IntegrationTest
class ProcessModelerJourneyTests {

    private static BrowserJourney journey;

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @AfterAll
    static void closeBrowser() {
        if (journey != null) {
            journey.close();
        }
    }

    @Test
    void anAdministratorEditsAProcessInTheModelerAndDeploysIt() {
        repository
                .createDeployment()
                .addString("xp2-modeler.bpmn", AdminModels.bpmn("xp2-modeler.bpmn"))
                .deploy();
        int before = latest().getVersion();
        journey = new BrowserJourney(port);
        try {
            Page page = journey.loginAs("admin");
            page.navigate(journey.url("/admin/processes?process=xp2-modeler"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("在建模器中编辑"))
                    .click();

            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("流程建模：xp2-modeler（XP2 建模复核）")))
                    .isVisible();
            Locator task = page.locator(".bpmn-canvas .djs-element[data-element-id=Task_Review]");
            assertThat(task).isVisible();
            assertThat(page.locator(".djs-palette")
                            .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("创建任务")))
                    .isVisible();
            // the whole diagram in view, none of it under the palette; the panel names the element's type in Chinese
            page.waitForFunction("""
                    () => {
                      const palette = document.querySelector('.djs-palette').getBoundingClientRect();
                      const canvas = document.querySelector('.bpmn-canvas').getBoundingClientRect();
                      const shapes = [...document.querySelectorAll('.bpmn-canvas .djs-shape')]
                          .map(e => e.getBoundingClientRect()).filter(r => r.width > 0);
                      return shapes.length > 0 && shapes.every(r => r.left >= palette.right && r.right <= canvas.right
                          && r.top >= canvas.top && r.bottom <= canvas.bottom);
                    }""");
            assertThat(page.locator(".bpmn-properties .bio-properties-panel-header-type"))
                    .hasText("流程");
            task.click();
            page.locator(".bpmn-properties [data-group-id=group-general] .bio-properties-panel-group-header")
                    .click();
            Locator name = page.locator(".bpmn-properties #bio-properties-panel-name");
            assertThat(name).hasValue("复核");
            name.fill("复核（修订）");
            page.locator(".bpmn-properties [data-group-id=group-CamundaPlatform__UserAssignment] "
                            + ".bio-properties-panel-group-header")
                    .click();
            Locator groups = page.locator(".bpmn-properties #bio-properties-panel-candidateGroups");
            groups.fill("JANITOR");
            groups.blur();

            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("检查").setExact(true))
                    .click();
            Locator finding = page.locator(".model-findings li");
            assertThat(finding).hasText("Task_Review：候选组 JANITOR 不对应任何角色");
            finding.click();
            assertThat(page.locator(".bpmn-canvas .djs-element.selected[data-element-id=Task_Review]"))
                    .isVisible();

            groups.fill("LEADER@${unitCode}");
            groups.blur();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("部署为新版本"))
                    .click();
            Locator dialog = page.locator("vaadin-confirm-dialog-overlay");
            assertThat(dialog).containsText("部署流程 xp2-modeler 的新版本？");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("部署为新版本"))
                    .click();

            page.waitForURL(u -> u.contains("/admin/processes?process=xp2-modeler"));
            assertThat(page.locator("vaadin-notification-card")).containsText("已部署 xp2-modeler 的版本 " + (before + 1));
        } catch (RuntimeException | AssertionError e) {
            journey.keepEvidence(e);
            throw e;
        } finally {
            journey.closePage();
        }

        ProcessDefinition deployed = latest();
        assertThat(deployed.getVersion()).isEqualTo(before + 1);
        UserTask review = repository.getBpmnModelInstance(deployed.getId()).getModelElementById("Task_Review");
        assertThat(review.getName()).isEqualTo("复核（修订）");
        assertThat(review.getCamundaCandidateGroups()).isEqualTo("LEADER@${unitCode}");
    }

    private ProcessDefinition latest() {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("xp2-modeler")
                .latestVersion()
                .singleResult();
    }
}
