package org.gongwen.workflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.ui.UploadTexts;
import org.gongwen.workflow.internal.ModelFinding;
import org.gongwen.workflow.internal.ProcessAdministration;
import org.gongwen.workflow.internal.ProcessVersion;

/**
 * Upload of a .bpmn file: the model is checked at once and the findings shown; "deploy" is
 * enabled only for a clean model.
 */
class BpmnUploadPanel extends VerticalLayout {

    final Upload upload;
    final Paragraph verdict = new Paragraph();
    final ModelFindingList findings = new ModelFindingList();
    final Button deploy = new Button();
    private final transient ProcessAdministration processes;
    private final transient Consumer<ProcessVersion> onDeployed;
    private String fileName;
    private String xml;

    BpmnUploadPanel(ProcessAdministration processes, Consumer<ProcessVersion> onDeployed) {
        this.processes = processes;
        this.onDeployed = onDeployed;
        UI ui = UI.getCurrent();
        upload = new Upload(
                UploadHandler.inMemory((metadata, data) -> ui.access(() -> acceptUpload(metadata.fileName(), data))));
        UploadTexts.translate(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ProcessAdministration.MAX_BPMN_BYTES);
        upload.setAcceptedFileTypes(".bpmn");
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> clear());
        deploy.setText(getTranslation("processAdmin.deploy"));
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deploy.setEnabled(false);
        deploy.addClickListener(e -> deploy());
        setPadding(false);
        add(new Paragraph(getTranslation("processAdmin.upload.hint")), upload, verdict, findings, deploy);
        clear();
    }

    /** Checks the uploaded model at once, so the administrator sees what to correct before deploying. */
    void acceptUpload(String uploadedName, byte[] data) {
        clear();
        String content = new String(data, StandardCharsets.UTF_8);
        try {
            List<ModelFinding> found = processes.checkBeforeDeploy(content);
            if (found.isEmpty()) {
                fileName = uploadedName;
                xml = content;
                verdict.setText(getTranslation("processAdmin.findings.clean"));
                deploy.setEnabled(true);
            } else {
                verdict.setText(getTranslation("processAdmin.findings.title", found.size()));
                findings.show(found, null);
            }
            verdict.setVisible(true);
        } catch (BusinessException e) {
            showError(getTranslation(e.messageKey(), e.args()));
        }
    }

    void deploy() {
        try {
            ProcessVersion deployed = processes.deploy(fileName, xml);
            Notification.show(getTranslation(
                    "processAdmin.deployed", deployed.definitionId().split(":")[0], deployed.version()));
            upload.clearFileList();
            clear();
            onDeployed.accept(deployed);
        } catch (BusinessException e) {
            showError(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void showError(String message) {
        clear();
        verdict.setText(message);
        verdict.setVisible(true);
    }

    private void clear() {
        fileName = null;
        xml = null;
        findings.removeAll();
        verdict.setVisible(false);
        deploy.setEnabled(false);
    }
}
