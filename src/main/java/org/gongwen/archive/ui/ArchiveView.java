package org.gongwen.archive.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import org.gongwen.archive.ArchiveCheck;
import org.gongwen.archive.ArchivePackages;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.ui.UploadTexts;

/** 归档 (A38): the archival packages of a period as one download, and the check of a package taken out of the archive. */
@Route("archive")
@RolesAllowed({"COUNTY_OFFICE", "SUPERVISOR", "ADMIN"})
@Menu(title = "archive.title", order = 45, icon = "ARCHIVE")
public class ArchiveView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Anchor export;
    final Upload upload;
    final Span result = new Span();
    final UnorderedList findings = new UnorderedList();
    private final transient ArchivePackages archive;

    public ArchiveView(ArchivePackages archive) {
        this.archive = archive;
        LocalDate today = LocalDate.now();
        from.setLabel(getTranslation("archive.period.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setLabel(getTranslation("archive.period.to"));
        to.setValue(today);
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            archive.exportPeriod(from.getValue(), to.getValue(), zip);
            byte[] bytes = zip.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    "archive-" + from.getValue() + "-" + to.getValue() + ".zip", "application/zip", bytes.length);
        }), getTranslation("archive.export"));
        HorizontalLayout period = new HorizontalLayout(from, to, export);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(ui -> ui.access(() -> check(data)))));
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFileSize((int) ArchivePackages.MAX_CHECK_BYTES);
        UploadTexts.translate(upload);
        add(new H2(getTranslation("archive.title")), period, new H3(getTranslation("archive.check.title")), upload,
                result, findings);
    }

    void check(byte[] zip) {
        findings.removeAll();
        try {
            ArchiveCheck check = archive.check(zip);
            result.setText(getTranslation(check.ok() ? "archive.check.ok" : "archive.check.failed"));
            check.findings().forEach(f -> findings.add(new ListItem(getTranslation(f.problem().messageKey(), f.file()))));
        } catch (BusinessException e) {
            result.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.title");
    }
}
