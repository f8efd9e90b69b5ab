package org.gongwen.archive.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.gongwen.archive.internal.ArchivableDocument;
import org.gongwen.archive.internal.ArchiveCheck;
import org.gongwen.archive.internal.ArchivePackages;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.ui.PdfViewer;
import org.gongwen.shared.ui.UploadTexts;

/**
 * 归档 (A38): the documents sent in a period, each with its archival package; all of them as one
 * download; and the check of a package taken out of the archive.
 */
@Route("archive")
@RolesAllowed({"COUNTY_OFFICE", "SUPERVISOR", "ADMIN"})
@Menu(title = "archive.title", order = 45, icon = "ARCHIVE")
public class ArchiveView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Anchor export;
    final Grid<ArchivableDocument> documents = new Grid<>();
    final PdfViewer viewer = new PdfViewer();
    final Upload upload;
    final Span result = new Span();
    final UnorderedList findings = new UnorderedList();
    private final transient ArchivePackages archive;

    public ArchiveView(ArchivePackages archive, CountyZone zone) {
        this.archive = archive;
        LocalDate today = LocalDate.now(zone.zone());
        from.setLabel(getTranslation("archive.period.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setLabel(getTranslation("archive.period.to"));
        to.setValue(today);
        export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ByteArrayOutputStream zip = new ByteArrayOutputStream();
                    archive.exportPeriod(from.getValue(), to.getValue(), zip);
                    byte[] bytes = zip.toByteArray();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "archive-" + from.getValue() + "-" + to.getValue() + ".zip",
                            "application/zip",
                            bytes.length);
                }),
                getTranslation("archive.export"));
        HorizontalLayout period = new HorizontalLayout(from, to, export);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        documents
                .addColumn(ArchivableDocument::docNumber)
                .setHeader(getTranslation("archive.col.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        documents
                .addColumn(ArchivableDocument::title)
                .setHeader(getTranslation("archive.col.title"))
                .setFlexGrow(3);
        documents
                .addColumn(ArchivableDocument::sender)
                .setHeader(getTranslation("archive.col.sender"))
                .setFlexGrow(2);
        documents
                .addColumn(d -> zone.formatTime(d.sentAt()))
                .setHeader(getTranslation("archive.col.sentAt"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        documents
                .addComponentColumn(this::packageLink)
                .setKey("package")
                .setHeader(getTranslation("archive.col.package"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        documents.setEmptyStateText(getTranslation("empty.archive"));
        documents.setHeight("22em");
        documents.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showDocument));
        viewer.setId("archive-viewer");
        viewer.setVisible(false);
        from.addValueChangeListener(e -> listDocuments());
        to.addValueChangeListener(e -> listDocuments());
        upload = new Upload(
                UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(ui -> ui.access(() -> check(data)))));
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFileSize((int) ArchivePackages.MAX_CHECK_BYTES);
        UploadTexts.translate(upload);
        add(
                new H2(getTranslation("archive.title")),
                period,
                documents,
                viewer,
                new H3(getTranslation("archive.check.title")),
                upload,
                result,
                findings);
        listDocuments();
    }

    void listDocuments() {
        if (from.getValue() == null || to.getValue() == null) {
            documents.setItems(List.of());
            return;
        }
        try {
            documents.setItems(archive.documentsIn(from.getValue(), to.getValue()));
        } catch (BusinessException e) {
            documents.setItems(List.of());
            Notification.show(getTranslation(e.messageKey(), e.args()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The selected document in the document viewer. */
    void showDocument(ArchivableDocument document) {
        viewer.show("document-" + document.id() + ".pdf", address -> archive.layoutFile(document.id()));
        viewer.setVisible(true);
    }

    /** One document's package, built when it is downloaded. */
    private Anchor packageLink(ArchivableDocument document) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] zip = archive.packageOf(document.id());
                    return new DownloadResponse(
                            new ByteArrayInputStream(zip),
                            "document-" + document.id() + ".zip",
                            "application/zip",
                            zip.length);
                }),
                getTranslation("archive.download"));
        link.addClassName("archive-package");
        return link;
    }

    void check(byte[] zip) {
        findings.removeAll();
        try {
            ArchiveCheck check = archive.check(zip);
            result.setText(getTranslation(check.ok() ? "archive.check.ok" : "archive.check.failed"));
            check.findings()
                    .forEach(f ->
                            findings.add(new ListItem(getTranslation(f.problem().messageKey(), f.file()))));
        } catch (BusinessException e) {
            result.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.title");
    }
}
