package org.gongwen.seal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import org.gongwen.seal.internal.ImpressionUpload;
import org.gongwen.seal.internal.SealApplicationService;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealPreview;
import org.gongwen.seal.internal.SealType;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.ui.UploadTexts;
import org.springframework.security.access.AccessDeniedException;

/**
 * The application for an electronic seal of the user's own unit (A18, A19): type, reason and
 * the scan of the paper impression, checked on upload and shown as the seal image it makes.
 */
class SealApplicationDialog extends Dialog {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    final Select<SealType> type = new Select<>();
    final TextArea reason = new TextArea();
    final Upload upload;
    final Span impressionError = new Span();
    final Div preview = new Div();
    final Button submit = new Button();
    private final transient SealApplicationService applications;
    private ImpressionUpload impression;

    SealApplicationDialog(SealApplicationService applications) {
        this.applications = applications;
        setHeaderTitle(getTranslation("sealApplication.dialogTitle"));
        type.setLabel(getTranslation("sealApplication.type"));
        type.setItems(SealType.values());
        type.setItemLabelGenerator(t -> getTranslation("sealType." + t.name()));
        type.setValue(SealType.OFFICIAL);
        reason.setLabel(getTranslation("sealApplication.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();

        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory(
                (metadata, data) -> ui.access(() -> acceptImpression(metadata.fileName(), data))));
        UploadTexts.translate(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "application/pdf", ".png", ".jpg", ".jpeg", ".pdf");
        upload.addFileRejectedListener(e -> showImpressionError(getTranslation(
                getTranslation("upload.error.tooBig").equals(e.getErrorMessage())
                        ? "impression.error.tooLarge"
                        : "impression.error.type",
                MAX_BYTES / 1024 / 1024)));
        upload.addFileRemovedListener(e -> clearImpression());
        impressionError
                .getStyle()
                .set("color", "var(--lumo-error-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        impressionError.setVisible(false);

        submit.setText(getTranslation("sealApplication.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        VerticalLayout content = new VerticalLayout(
                type,
                reason,
                new Span(getTranslation("sealApplication.impression")),
                new Paragraph(getTranslation("sealApplication.impressionHint")));
        applications
                .demoImpressionScan()
                .ifPresent(scan -> content.add(new Anchor(
                        DownloadHandler.fromInputStream(event -> new DownloadResponse(
                                new ByteArrayInputStream(scan), "demo-impression.png", "image/png", scan.length)),
                        getTranslation("sealApplication.demoScan"))));
        content.add(upload, impressionError, preview);
        content.setPadding(false);
        content.setWidth("32em");
        add(content);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), submit);
    }

    /** Checks the uploaded scan at once, so the applicant sees the seal image or the reason it is refused. */
    void acceptImpression(String filename, byte[] data) {
        clearImpression();
        ImpressionUpload candidate = new ImpressionUpload(filename, data);
        try {
            SealPreview made = applications.preview(candidate);
            impression = candidate;
            preview.add(
                    new Paragraph(
                            getTranslation("sealApplication.previewCaption", String.format("%.1f", made.diameterMm()))),
                    SealPictures.trueSize(made.png(), made.diameterMm(), getTranslation("sealApplication.previewAlt")));
        } catch (BusinessException e) {
            showImpressionError(getTranslation(e.messageKey(), e.args()));
        } catch (AccessDeniedException e) {
            showImpressionError(getTranslation("error.forbidden"));
        }
    }

    private void clearImpression() {
        impression = null;
        preview.removeAll();
        impressionError.setVisible(false);
    }

    private void showImpressionError(String message) {
        impression = null;
        preview.removeAll();
        impressionError.setText(message);
        impressionError.setVisible(true);
    }

    boolean hasImpression() {
        return impression != null;
    }

    void submit() {
        reason.setInvalid(false);
        if (impression == null && !impressionError.isVisible()) {
            showImpressionError(getTranslation("impression.error.missing"));
        }
        try {
            SealInfo seal = applications.apply(type.getValue(), reason.getValue(), impression);
            Notification.show(
                            getTranslation("sealApplication.submitted", seal.name()),
                            5000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
        } catch (BusinessException e) {
            String message = getTranslation(e.messageKey(), e.args());
            if (e.messageKey().startsWith("impression.") || e.messageKey().startsWith("sealImage.")) {
                showImpressionError(message);
            } else {
                reason.setErrorMessage(message);
                reason.setInvalid(true);
            }
        } catch (AccessDeniedException e) {
            reason.setErrorMessage(getTranslation("error.forbidden"));
            reason.setInvalid(true);
        }
    }
}
