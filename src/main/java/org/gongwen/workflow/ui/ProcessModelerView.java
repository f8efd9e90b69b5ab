package org.gongwen.workflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.ui.UploadTexts;
import org.gongwen.workflow.internal.DeployedProcess;
import org.gongwen.workflow.internal.ModelFinding;
import org.gongwen.workflow.internal.ProcessAdministration;
import org.gongwen.workflow.internal.ProcessVersion;

/**
 * 流程建模: edits a process in the BPMN modeler (bpmn-js with the Camunda properties panel) and
 * deploys it as a new version after the pre-deploy checks. {@code ?process=key} opens the latest
 * version of a deployed process; without it a new process starts from a template.
 */
@Route("admin/processes/modeler")
@RolesAllowed("ADMIN")
public class ProcessModelerView extends VerticalLayout
        implements HasDynamicTitle, BeforeEnterObserver, BeforeLeaveObserver {

    static final String PROCESS_PARAMETER = "process";

    final H2 title = new H2();
    final Paragraph basis = new Paragraph();
    final BpmnModeler modeler = new BpmnModeler();
    final Button check = new Button();
    final Button deploy = new Button();
    final Button download = new Button();
    final Button back = new Button();
    final Upload open;
    final Paragraph verdict = new Paragraph();
    final ModelFindingList findings = new ModelFindingList();
    ConfirmDialog confirmation;
    private final transient ProcessAdministration processes;
    private String processKey;
    private boolean deployed;

    public ProcessModelerView(ProcessAdministration processes) {
        this.processes = processes;
        check.setText(getTranslation("modeler.check"));
        check.addClickListener(e -> modeler.requestXml(this::checked, this::browserFailed));
        deploy.setText(getTranslation("processAdmin.deploy"));
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deploy.addClickListener(e -> modeler.requestXml(this::deployRequested, this::browserFailed));
        download.setText(getTranslation("processAdmin.download"));
        download.addClickListener(e -> modeler.downloadAs(fileName()));
        back.setText(getTranslation("modeler.back"));
        back.addClickListener(e -> backToList());

        UI ui = UI.getCurrent();
        open = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> opened(data))));
        UploadTexts.translate(open);
        open.setMaxFiles(1);
        open.setMaxFileSize(ProcessAdministration.MAX_BPMN_BYTES);
        open.setAcceptedFileTypes(".bpmn");
        open.setUploadButton(new Button(getTranslation("modeler.open")));
        open.setDropAllowed(false);
        open.addFileRejectedListener(e -> error(e.getErrorMessage()));
        open.addAllFinishedListener(e -> open.clearFileList());

        modeler.onImportFailed(message -> error(getTranslation("modeler.error.import", message)));
        modeler.onChange(() -> verdict.setVisible(false));
        verdict.setVisible(false);

        HorizontalLayout actions = new HorizontalLayout(check, deploy, download, open, back);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(title, basis, new Paragraph(getTranslation("modeler.intro")), actions, verdict, findings, modeler);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        processKey = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(PROCESS_PARAMETER)
                .orElse(null);
        if (processKey == null) {
            title.setText(getTranslation("modeler.title.new"));
            basis.setText(getTranslation("modeler.basis.new"));
            modeler.setXml(template());
            return;
        }
        try {
            DeployedProcess process = processes.process(processKey);
            title.setText(getTranslation("modeler.title", process.key(), process.name()));
            basis.setText(getTranslation("modeler.basis", process.latestVersion(), process.runningInstances()));
            modeler.setXml(processes.bpmnXml(process.key(), process.latestVersion()));
        } catch (BusinessException e) {
            title.setText(getTranslation("modeler.title.new"));
            error(getTranslation(e.messageKey(), e.args()));
            modeler.setXml(template());
            processKey = null;
        }
    }

    /** Unsaved edits are not lost by a stray click: leaving asks first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!modeler.isChanged() || deployed) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog leave = new ConfirmDialog();
        leave.setHeader(getTranslation("modeler.leave.title"));
        leave.setText(getTranslation("modeler.leave.text"));
        leave.setCancelable(true);
        leave.setCancelText(getTranslation("common.cancel"));
        leave.setConfirmText(getTranslation("modeler.leave.confirm"));
        leave.addConfirmListener(e -> action.proceed());
        leave.open();
    }

    /** The checks' verdict on the model as edited; true when it may be deployed. */
    boolean checked(String xml) {
        try {
            List<ModelFinding> found = processes.checkBeforeDeploy(xml);
            findings.show(found, modeler::select);
            verdict.setText(
                    found.isEmpty()
                            ? getTranslation("processAdmin.findings.clean")
                            : getTranslation("processAdmin.findings.title", found.size()));
            verdict.getStyle()
                    .set("color", found.isEmpty() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            verdict.setVisible(true);
            return found.isEmpty();
        } catch (BusinessException e) {
            error(getTranslation(e.messageKey(), e.args()));
            return false;
        }
    }

    /** Deploying checks first; a clean model is deployed after the administrator confirms. */
    void deployRequested(String xml) {
        if (!checked(xml)) {
            return;
        }
        String key = processId(xml);
        confirmation = new ConfirmDialog();
        confirmation.setHeader(getTranslation("modeler.confirm.title", key));
        confirmation.setText(getTranslation("modeler.confirm.text"));
        confirmation.setCancelable(true);
        confirmation.setCancelText(getTranslation("common.cancel"));
        confirmation.setConfirmText(getTranslation("processAdmin.deploy"));
        confirmation.addConfirmListener(e -> deployNow(key, xml));
        confirmation.open();
    }

    private void deployNow(String key, String xml) {
        try {
            ProcessVersion version = processes.deploy(key + ".bpmn", xml);
            deployed = true;
            Notification.show(
                            getTranslation("processAdmin.deployed", key, version.version()),
                            5000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(ProcessAdminView.class, QueryParameters.of(PROCESS_PARAMETER, key));
        } catch (BusinessException e) {
            error(getTranslation(e.messageKey(), e.args()));
        }
    }

    void opened(byte[] data) {
        if (data.length > ProcessAdministration.MAX_BPMN_BYTES) {
            error(getTranslation("processAdmin.error.tooLarge", ProcessAdministration.MAX_BPMN_BYTES / 1024 / 1024));
            return;
        }
        findings.removeAll();
        verdict.setVisible(false);
        modeler.setXml(new String(data, StandardCharsets.UTF_8));
        // an opened file replaces the deployed model: leaving without deploying it loses it
        modeler.changed();
    }

    private void backToList() {
        if (processKey == null) {
            UI.getCurrent().navigate(ProcessAdminView.class);
        } else {
            UI.getCurrent().navigate(ProcessAdminView.class, QueryParameters.of(PROCESS_PARAMETER, processKey));
        }
    }

    private void browserFailed(String message) {
        error(getTranslation("modeler.error.browser"));
    }

    private void error(String message) {
        findings.removeAll();
        verdict.setText(message);
        verdict.getStyle().set("color", "var(--lumo-error-text-color)");
        verdict.setVisible(true);
    }

    private String fileName() {
        return (processKey == null ? "process" : processKey) + ".bpmn";
    }

    /** The key the model deploys under: its (first) executable process's id. The checks made sure there is one. */
    private static String processId(String xml) {
        var model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return model.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable)
                .map(Process::getId)
                .findFirst()
                .orElseThrow();
    }

    private static String template() {
        try (InputStream in = ProcessModelerView.class.getResourceAsStream("new-process.bpmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("modeler.pageTitle");
    }
}
