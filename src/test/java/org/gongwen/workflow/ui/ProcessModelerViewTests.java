package org.gongwen.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;
import org.camunda.bpm.engine.RepositoryService;
import org.gongwen.support.KaribuTest;
import org.gongwen.workflow.AdminModels;
import org.gongwen.workflow.internal.ProcessAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 流程建模 without a browser: the model the modeler opens, the checks' verdict on an edited model,
 * deploying after confirmation, and the guard against leaving with edits not deployed. (The
 * modeler itself runs in the browser; ProcessModelerJourneyTests drives it in Chromium.)
 */
class ProcessModelerViewTests extends KaribuTest {

    private static final String KEY = "xp2-karibu-modeler";

    @Autowired
    RepositoryService repository;

    private ProcessModelerView open(String process) {
        login("admin");
        if (process == null) {
            UI.getCurrent().navigate(ProcessModelerView.class);
        } else {
            UI.getCurrent().navigate(ProcessModelerView.class, QueryParameters.of("process", process));
        }
        return (ProcessModelerView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private static String model() {
        return AdminModels.bpmn("xp2-modeler.bpmn").replace("\"xp2-modeler\"", "\"" + KEY + "\"");
    }

    private int deployedVersions() {
        return (int) repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(KEY)
                .count();
    }

    @Test
    void aDeployedProcessOpensInTheModelerAndAnEditedModelDeploysAfterChecksAndConfirmation() {
        if (deployedVersions() == 0) {
            repository.createDeployment().addString(KEY + ".bpmn", model()).deploy();
        }
        int before = deployedVersions();
        ProcessModelerView view = open(KEY);
        assertThat(view.title.getText()).isEqualTo("流程建模：" + KEY + "（XP2 建模复核）");
        assertThat(view.basis.getText()).startsWith("基于版本 " + before + "，");
        assertThat(view.modeler.importedXml()).contains("id=\"Task_Review\"");

        String mistaken = view.modeler.importedXml().replace("CLERK@${unitCode}", "JANITOR");
        assertThat(view.checked(mistaken)).isFalse();
        assertThat(view.verdict.getText()).isEqualTo("检查发现 1 个问题，修正后才能部署：");
        assertThat(view.findings.getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly("Task_Review：候选组 JANITOR 不对应任何角色");
        view.deployRequested(mistaken);
        assertThat(view.confirmation).isNull();

        String edited = view.modeler.importedXml().replace("name=\"复核\"", "name=\"复核（修订）\"");
        view.modeler.changed();
        view.deployRequested(edited);
        assertThat(view.verdict.getText()).isEqualTo("检查通过，可以部署为新版本。");
        assertThat(ConfirmDialogKt.getHeader(view.confirmation)).isEqualTo("部署流程 " + KEY + " 的新版本？");
        ConfirmDialogKt._fireConfirm(view.confirmation);

        assertThat(deployedVersions()).isEqualTo(before + 1);
        ProcessAdminView list = (ProcessAdminView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(list.processGrid.asSingleSelect().getValue().key()).isEqualTo(KEY);
        assertThat(list.processGrid.asSingleSelect().getValue().latestVersion()).isEqualTo(before + 1);
        assertThat(list.edit.isEnabled()).isTrue();
    }

    @Test
    void withoutAProcessTheModelerStartsFromAnExecutableTemplateThatPassesTheChecks() {
        ProcessModelerView view = open(null);
        assertThat(view.title.getText()).isEqualTo("流程建模：新流程");
        assertThat(view.checked(view.modeler.importedXml())).isTrue();
    }

    @Test
    void anUnknownProcessSaysSoAndOpensTheTemplate() {
        ProcessModelerView view = open("xp2-nobody-deployed-this");
        assertThat(view.verdict.getText()).isEqualTo("没有已部署的流程 xp2-nobody-deployed-this。");
        assertThat(view.modeler.importedXml()).contains("id=\"new-process\"");
    }

    @Test
    void aFileThatIsNoBpmnIsReportedByTheChecksWithoutLosingAnything() {
        ProcessModelerView view = open(null);
        assertThat(view.checked("<html>not a model</html>")).isFalse();
        assertThat(view.findings.getChildren().count()).isPositive();
    }

    @Test
    void anOpenedFileReplacesTheModelAndCountsAsAnEdit() {
        ProcessModelerView view = open(null);
        view.opened(model().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(view.modeler.importedXml()).contains("id=\"" + KEY + "\"");
        assertThat(view.modeler.isChanged()).isTrue();
        view.opened(new byte[ProcessAdministration.MAX_BPMN_BYTES + 1]);
        assertThat(view.verdict.getText()).isEqualTo("BPMN 文件过大，不能超过 2 MB。");
        assertThat(view.modeler.importedXml()).contains("id=\"" + KEY + "\"");
    }

    @Test
    void leavingWithEditsThatAreNotDeployedAsksFirst() {
        ProcessModelerView view = open(null);
        view.modeler.changed();
        view.back.click();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isSameAs(view);
    }

    @Test
    void clerksDoNotOpenTheModeler() {
        login("z01.clerk");
        UI.getCurrent().navigate(ProcessModelerView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(ProcessModelerView.class);
    }
}
