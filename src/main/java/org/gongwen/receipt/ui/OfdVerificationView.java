package org.gongwen.receipt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.gongwen.organization.Role;
import org.gongwen.receipt.internal.OfdReport;
import org.gongwen.receipt.internal.OfdReportService;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.Translations;
import org.gongwen.shared.UploadLimits;
import org.gongwen.shared.ui.UploadTexts;

/**
 * 外来OFD公文验证: a unit uploads an OFD received from outside the county (the regulation's fallback when
 * it did not come through the system) and reads what holds and what fails. The file is not stored.
 */
@Route("ofd-verification")
@RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.COUNTY_OFFICE, Role.Names.SUPERVISOR, Role.Names.ADMIN})
@Menu(title = "ofdVerification.menu", order = 14, icon = "DIPLOMA")
public class OfdVerificationView extends VerticalLayout implements HasDynamicTitle {

    final Upload upload;
    final Div report = new Div();
    private final transient OfdReportService reports;
    private final transient Translations translations;

    public OfdVerificationView(OfdReportService reports, Translations translations, UploadLimits limits) {
        this.reports = reports;
        this.translations = translations;
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            // judged in the upload's request, where the caller is signed in; shown under the UI's lock
            OfdReport result;
            try {
                result = reports.report(metadata.fileName(), data, ui.getLocale());
            } catch (BusinessException e) {
                String message = translations.getTranslation(e.messageKey(), ui.getLocale(), e.args());
                ui.access(() -> error(message));
                return;
            }
            ui.access(() -> show(result));
        }));
        UploadTexts.translate(upload);
        upload.setId("ofd-upload");
        upload.setMaxFiles(1);
        if (limits.maxFileSize() > 0) {
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileSize()));
        }
        upload.setAcceptedFileTypes(".ofd", "application/ofd");
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("ofdVerification.upload")));
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        report.setId("ofd-report");
        add(
                new H2(getTranslation("ofdVerification.title")),
                new Paragraph(getTranslation("ofdVerification.intro")),
                upload,
                report);
        setWidthFull();
    }

    /** Shows a report: the verdict, then every point checked with ✔ or ✘. */
    void show(OfdReport result) {
        report.removeAll();
        H3 verdict = new H3(result.verdictText());
        verdict.setId("ofd-verdict");
        verdict.getStyle()
                .set(
                        "color",
                        switch (result.verdict()) {
                            case VALID -> "var(--lumo-success-text-color)";
                            case INTACT_FOREIGN -> "var(--lumo-warning-text-color, #b26b00)";
                            default -> "var(--lumo-error-text-color)";
                        });
        report.add(verdict, new Paragraph(result.fileName() + "　SHA-256 " + result.sha256()));
        for (OfdReport.Finding finding : result.findings()) {
            report.add(line(finding));
        }
    }

    private Component line(OfdReport.Finding finding) {
        Div row = new Div();
        row.addClassName(finding.holds() ? "check-passed" : "check-failed");
        Span mark = new Span(finding.holds() ? "✔ " : "✘ ");
        mark.getStyle()
                .set("color", finding.holds() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)")
                .set("font-weight", "bold");
        row.add(mark, new Span(finding.text()));
        return row;
    }

    private void error(String message) {
        report.removeAll();
        Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ofdVerification.title");
    }
}
