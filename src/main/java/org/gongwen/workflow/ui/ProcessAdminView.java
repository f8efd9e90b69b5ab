package org.gongwen.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.workflow.internal.DeployedProcess;
import org.gongwen.workflow.internal.ProcessAdministration;
import org.gongwen.workflow.internal.ProcessVersion;

/**
 * 流程管理: the deployed processes with their versions and running instances; upload and check
 * a model before deploying it, download a version, compare two versions, go back to an older one.
 */
@Route("admin/processes")
@RolesAllowed("ADMIN")
@Menu(title = "processAdmin.title", order = 45, icon = "CLUSTER")
public class ProcessAdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<DeployedProcess> processGrid = new Grid<>();
    final Grid<ProcessVersion> versionGrid = new Grid<>();
    final Anchor download;
    final Button revert = new Button();
    final Button edit = new Button();
    final Button create = new Button();
    final Select<Integer> diffFrom = new Select<>();
    final Select<Integer> diffTo = new Select<>();
    final Button diff = new Button();
    final BpmnUploadPanel uploadPanel;
    private final transient ProcessAdministration processes;

    public ProcessAdminView(ProcessAdministration processes, CountyZone zone) {
        this.processes = processes;
        processGrid
                .addColumn(DeployedProcess::name)
                .setHeader(getTranslation("processAdmin.col.name"))
                .setFlexGrow(2);
        processGrid
                .addColumn(DeployedProcess::key)
                .setHeader(getTranslation("processAdmin.col.key"))
                .setFlexGrow(2);
        processGrid.addColumn(DeployedProcess::latestVersion).setHeader(getTranslation("processAdmin.col.latest"));
        processGrid.addColumn(DeployedProcess::runningInstances).setHeader(getTranslation("processAdmin.col.running"));
        processGrid.setHeight("18em");
        processGrid.asSingleSelect().addValueChangeListener(e -> showVersions(e.getValue()));

        versionGrid.addColumn(ProcessVersion::version).setHeader(getTranslation("processAdmin.versions.col.version"));
        versionGrid
                .addColumn(v -> zone.formatTimeWithSeconds(v.deployedAt()))
                .setHeader(getTranslation("processAdmin.versions.col.deployedAt"))
                .setFlexGrow(2);
        versionGrid
                .addColumn(v -> fileName(v.resourceName()))
                .setHeader(getTranslation("processAdmin.versions.col.resource"))
                .setFlexGrow(2);
        versionGrid.addColumn(ProcessVersion::runningInstances).setHeader(getTranslation("processAdmin.col.running"));
        versionGrid.setEmptyStateText(getTranslation("empty.processVersions"));
        versionGrid.setHeight("14em");
        versionGrid.asSingleSelect().addValueChangeListener(e -> versionChosen(e.getValue()));

        download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ProcessVersion version = versionGrid.asSingleSelect().getValue();
                    byte[] xml =
                            processes.bpmnXml(selectedKey(), version.version()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(xml),
                            selectedKey() + "-v" + version.version() + ".bpmn",
                            "application/xml",
                            xml.length);
                }),
                getTranslation("processAdmin.download"));
        revert.setText(getTranslation("processAdmin.revert"));
        revert.addClickListener(e -> revert());
        diffFrom.setLabel(getTranslation("processAdmin.diff.from"));
        diffTo.setLabel(getTranslation("processAdmin.diff.to"));
        diff.setText(getTranslation("processAdmin.diff"));
        diff.addClickListener(e -> openDiff());
        edit.setText(getTranslation("modeler.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(e -> edit.getUI()
                .ifPresent(ui -> ui.navigate(
                        ProcessModelerView.class,
                        QueryParameters.of(ProcessModelerView.PROCESS_PARAMETER, selectedKey()))));
        create.setText(getTranslation("modeler.create"));
        create.addClickListener(e -> create.getUI().ifPresent(ui -> ui.navigate(ProcessModelerView.class)));
        versionChosen(null);

        uploadPanel = new BpmnUploadPanel(
                processes, deployed -> refresh(deployed.definitionId().split(":")[0]));
        Anchor cockpit =
                new Anchor("/camunda/app/cockpit/default/", getTranslation("processAdmin.cockpit"), AnchorTarget.BLANK);
        cockpit.setRouterIgnore(true);
        HorizontalLayout versionActions = new HorizontalLayout(download, revert, diffFrom, diffTo, diff);
        versionActions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout processActions = new HorizontalLayout(edit, create, cockpit);
        processActions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(
                new H2(getTranslation("processAdmin.title")),
                new Paragraph(getTranslation("processAdmin.intro")),
                processActions,
                processGrid,
                new H3(getTranslation("processAdmin.versions")),
                versionGrid,
                versionActions,
                uploadPanel);
        refresh(null);
    }

    /** {@code ?process=key} selects a process, as the modeler does after deploying. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(ProcessModelerView.PROCESS_PARAMETER)
                .ifPresent(this::refresh);
    }

    void refresh(String selectKey) {
        List<DeployedProcess> all = processes.processes();
        processGrid.setItems(all);
        all.stream()
                .filter(p -> p.key().equals(selectKey))
                .findFirst()
                .ifPresentOrElse(
                        p -> {
                            processGrid.select(p);
                            processGrid.scrollToItem(p);
                        },
                        () -> showVersions(null));
    }

    private void showVersions(DeployedProcess process) {
        edit.setEnabled(process != null);
        List<ProcessVersion> versions = process == null ? List.of() : process.versions();
        versionGrid.setItems(versions);
        List<Integer> numbers = versions.stream().map(ProcessVersion::version).toList();
        diffFrom.setItems(numbers);
        diffTo.setItems(numbers);
        if (numbers.size() > 1) {
            diffFrom.setValue(numbers.get(numbers.size() - 2));
            diffTo.setValue(numbers.get(numbers.size() - 1));
        }
        diff.setEnabled(numbers.size() > 1);
        versionChosen(null);
    }

    private void versionChosen(ProcessVersion version) {
        download.setEnabled(version != null);
        download.setVisible(version != null);
        DeployedProcess process = processGrid.asSingleSelect().getValue();
        revert.setEnabled(version != null && process != null && version.version() != process.latestVersion());
    }

    void revert() {
        ProcessVersion version = versionGrid.asSingleSelect().getValue();
        String key = selectedKey();
        try {
            ProcessVersion deployed = processes.revert(key, version.version());
            Notification.show(getTranslation("processAdmin.revert.done", version.version(), deployed.version()));
            refresh(key);
        } catch (BusinessException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()));
        }
    }

    ProcessDiffDialog openDiff() {
        ProcessDiffDialog dialog =
                new ProcessDiffDialog(processes.diff(selectedKey(), diffFrom.getValue(), diffTo.getValue()));
        dialog.open();
        return dialog;
    }

    private String selectedKey() {
        return processGrid.asSingleSelect().getValue().key();
    }

    /** The model's file name only: where it lay on the server is no business of the page. */
    static String fileName(String resourceName) {
        if (resourceName == null) {
            return "";
        }
        return resourceName.substring(Math.max(resourceName.lastIndexOf('/'), resourceName.lastIndexOf('\\')) + 1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("processAdmin.title");
    }
}
