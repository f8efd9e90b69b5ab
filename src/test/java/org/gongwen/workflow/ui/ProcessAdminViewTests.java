package org.gongwen.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.nio.charset.StandardCharsets;
import org.gongwen.support.KaribuTest;
import org.gongwen.workflow.AdminModels;
import org.gongwen.workflow.internal.DeployedProcess;
import org.gongwen.workflow.internal.ProcessDiff;
import org.gongwen.workflow.internal.ProcessVersion;
import org.junit.jupiter.api.Test;

class ProcessAdminViewTests extends KaribuTest {

    private ProcessAdminView open(String username) {
        login(username);
        UI.getCurrent().navigate(ProcessAdminView.class);
        return (ProcessAdminView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private static byte[] model(String file) {
        return AdminModels.bpmn(file)
                .replace("\"xp2-review\"", "\"xp2-view-review\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUploadWithMistakesShowsTheFindingsAndCannotBeDeployed() {
        ProcessAdminView view = open("admin");
        assertThat(view.processGrid.getListDataView().getItems().map(DeployedProcess::key))
                .contains("document-approval", "personnel-handover");

        view.uploadPanel.acceptUpload("xp2-no-form.bpmn", model("xp2-no-form.bpmn"));
        assertThat(view.uploadPanel.verdict.getText()).isEqualTo("检查发现 1 个问题，修正后才能部署：");
        assertThat(view.uploadPanel.findings.getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly("Task_Fill：表单 xp2-form-nobody-wrote 不在 forms/ 目录中");
        assertThat(view.uploadPanel.deploy.isEnabled()).isFalse();
    }

    @Test
    void aCleanUploadDeploysAndItsVersionsCanBeComparedAndRestored() {
        ProcessAdminView view = open("admin");
        view.uploadPanel.acceptUpload("xp2-view-review.bpmn", model("xp2-review-v1.bpmn"));
        assertThat(view.uploadPanel.verdict.getText()).isEqualTo("检查通过，可以部署为新版本。");
        assertThat(view.uploadPanel.deploy.isEnabled()).isTrue();
        view.uploadPanel.deploy.click();
        view.uploadPanel.acceptUpload("xp2-view-review.bpmn", model("xp2-review-v2.bpmn"));
        view.uploadPanel.deploy.click();
        assertThat(view.uploadPanel.deploy.isEnabled()).isFalse();

        DeployedProcess process = view.processGrid.asSingleSelect().getValue();
        assertThat(process.key()).isEqualTo("xp2-view-review");
        assertThat(view.versionGrid.getListDataView().getItems().map(ProcessVersion::version))
                .containsExactly(1, 2);
        ProcessDiffDialog diff = view.openDiff();
        assertThat(diff.changes.getListDataView().getItems().map(ProcessDiff.ElementChange::elementId))
                .contains("Task_Approve");
        assertThat(diff.text.getText()).contains("+    <bpmn:userTask id=\"Task_Approve\"");
        diff.close();

        view.versionGrid.select(process.versions().get(0));
        assertThat(view.revert.isEnabled()).isTrue();
        view.revert.click();
        assertThat(view.processGrid.asSingleSelect().getValue().latestVersion()).isEqualTo(3);
    }

    @Test
    void clerksDoNotOpenProcessAdministration() {
        login("z01.clerk");
        UI.getCurrent().navigate(ProcessAdminView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(ProcessAdminView.class);
    }
}
