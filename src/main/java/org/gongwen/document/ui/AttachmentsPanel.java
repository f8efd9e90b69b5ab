package org.gongwen.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.gongwen.document.AttachmentInfo;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.internal.AttachedDocument;
import org.gongwen.document.internal.AttachmentUpload;
import org.gongwen.document.internal.DocumentProperties;
import org.gongwen.shared.FileSizes;
import org.gongwen.shared.ui.UploadTexts;

/**
 * A saved draft's attachments: uploaded ones go electronically unless too large, and those
 * registered as paper are listed as 纸质送达 (A11.3); an upload recorded for paper says why, here
 * and in a notification. Changes go through the drafting view.
 */
class AttachmentsPanel extends VerticalLayout {

    /** What the view does with the panel's requests; each returns the document as it now stands. */
    interface Actions {
        /** Reads an uploaded file as far as the transmit limit needs, outside the UI lock. */
        AttachmentUpload receive(String name, String mediaType, InputStream content);

        AttachedDocument upload(AttachmentUpload file);

        DocumentInfo paper(String name);

        DocumentInfo remove(long attachmentId);
    }

    final Grid<AttachmentInfo> grid = new Grid<>();
    final Upload upload;
    final TextField paperName = new TextField();
    final Button addPaper = new Button();
    final Paragraph saveFirst = new Paragraph();
    /** The transmit limits, said before anyone uploads. */
    final Paragraph limitsHint = new Paragraph();
    /** Why the last uploaded files go on paper, if they do (A11.3). */
    final Paragraph paperNotice = new Paragraph();

    private final Actions actions;
    private final Consumer<RuntimeException> errors;

    /**
     * {@code limits}: the transmit limits; {@code maxFileSize}: the server's own limit, above them,
     * for which a larger file is refused before it is sent.
     */
    AttachmentsPanel(Actions actions, Consumer<RuntimeException> errors, DocumentProperties limits, long maxFileSize) {
        this.actions = actions;
        this.errors = errors;
        setPadding(false);
        grid.setEmptyStateText(getTranslation("empty.attachments"));
        grid.addColumn(AttachmentInfo::name)
                .setHeader(getTranslation("drafting.attachments.name"))
                .setFlexGrow(3);
        grid.addColumn(a -> a.paperOnly()
                        ? getTranslation("drafting.attachments.paper")
                        : getTranslation("drafting.attachments.electronic"))
                .setHeader(getTranslation("drafting.attachments.way"));
        RemoveButton.column(grid, a -> run(() -> actions.remove(a.id())));
        grid.setAllRowsVisible(true);
        UI ui = UI.getCurrent();
        // a file over the transmit limit is only counted, never held, and recorded for paper
        upload = new Upload((UploadHandler) event -> {
            AttachmentUpload file =
                    actions.receive(event.getFileName(), event.getContentType(), event.getInputStream());
            ui.access(() -> attach(file));
        });
        UploadTexts.translate(upload);
        if (maxFileSize > 0) {
            String tooBig = getTranslation("drafting.attachments.tooBig", FileSizes.text(maxFileSize));
            upload.setMaxFileSize((int) Math.min(maxFileSize, Integer.MAX_VALUE));
            upload.getI18n().getError().setFileIsTooBig(tooBig);
            upload.setI18n(upload.getI18n());
            upload.addFileRejectedListener(e -> notice(e.getErrorMessage()));
        }
        limitsHint.setText(getTranslation(
                "drafting.attachments.limits",
                FileSizes.text(limits.attachmentTransmitLimitBytes()),
                FileSizes.text(limits.documentTransmitLimitBytes())));
        limitsHint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        paperNotice.setId("draft-attachments-paper-notice");
        paperNotice.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        paperNotice.setVisible(false);
        paperName.setPlaceholder(getTranslation("drafting.attachments.paperName"));
        addPaper.setText(getTranslation("drafting.attachments.addPaper"));
        addPaper.addClickListener(e -> run(() -> actions.paper(paperName.getValue())));
        saveFirst.setText(getTranslation("drafting.attachments.saveFirst"));
        HorizontalLayout paper = new HorizontalLayout(paperName, addPaper);
        paper.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H4(getTranslation("drafting.attachments")), saveFirst, grid, paperNotice, limitsHint, upload, paper);
        show(null);
    }

    private void attach(AttachmentUpload file) {
        try {
            AttachedDocument attached = actions.upload(file);
            show(attached.document());
            String notices = attached.paperNotices().stream()
                    .map(n -> getTranslation(n.messageKey(), n.messageArgs()))
                    .collect(Collectors.joining());
            paperNotice.setText(notices);
            paperNotice.setVisible(!notices.isEmpty());
            if (!notices.isEmpty()) {
                notice(notices);
            }
        } catch (RuntimeException e) {
            errors.accept(e);
        }
    }

    private static void notice(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private void run(java.util.function.Supplier<DocumentInfo> action) {
        try {
            show(action.get());
            paperName.clear();
        } catch (RuntimeException e) {
            errors.accept(e);
        }
    }

    void show(DocumentInfo document) {
        boolean saved = document != null;
        saveFirst.setVisible(!saved);
        upload.setVisible(saved);
        addPaper.setEnabled(saved);
        paperName.setEnabled(saved);
        grid.setItems(saved ? document.attachments() : List.<AttachmentInfo>of());
    }
}
