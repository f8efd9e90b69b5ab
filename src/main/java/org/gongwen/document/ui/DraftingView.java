package org.gongwen.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.time.Clock;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.internal.AttachedDocument;
import org.gongwen.document.internal.AttachmentUpload;
import org.gongwen.document.internal.DocumentIssuing;
import org.gongwen.document.internal.DocumentProperties;
import org.gongwen.document.internal.DocumentService;
import org.gongwen.document.internal.Draft;
import org.gongwen.document.internal.ImportedDraft;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.UploadLimits;
import org.gongwen.shared.ui.PdfViewer;
import org.gongwen.shared.ui.UploadTexts;
import org.springframework.security.access.AccessDeniedException;

/**
 * 拟稿 (A4, A11.1, A11.3, A34): the drafter fills in a document, its recipients, body and
 * attachments, sees the layout as it will print, saves and submits it for the leader's approval.
 */
@Route("documents/draft/:id?")
@RolesAllowed({Role.Names.CLERK, Role.Names.LEADER})
@Menu(title = "drafting.title", order = 10, icon = "EDIT")
public class DraftingView extends HorizontalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final DraftHeaderForm header;
    final RecipientsEditor recipients;
    final BodyEditor body = new BodyEditor();
    final AttachmentsPanel attachments;
    final Upload docxUpload;
    final Upload bodyPdfUpload;
    final Button removeBodyPdf = new Button();
    final Paragraph bodyPdfState = new Paragraph();
    final Button save = new Button();
    final Button submit = new Button();
    final Button refresh = new Button();
    final PdfViewer preview = new PdfViewer();
    final Paragraph previewHint = new Paragraph();
    private final transient DocumentService documents;
    private final transient DocumentIssuing issuing;
    DocumentInfo saved;
    byte[] previewPdf;
    private byte[] pendingDocx;

    public DraftingView(
            DocumentService documents,
            DocumentIssuing issuing,
            OrganizationService organization,
            AuthenticatedUser user,
            Clock clock,
            CountyZone zone,
            DocumentProperties limits,
            UploadLimits uploadLimits) {
        this.documents = documents;
        this.issuing = issuing;
        header = new DraftHeaderForm(user.require().unitName(), zone.today(clock));
        recipients = new RecipientsEditor(organization.units(), documents.defaultPrintQuota());
        attachments = new AttachmentsPanel(
                new AttachmentsPanel.Actions() {
                    @Override
                    public AttachmentUpload receive(String name, String mediaType, InputStream content) {
                        return documents.receive(name, mediaType, content);
                    }

                    @Override
                    public AttachedDocument upload(AttachmentUpload file) {
                        AttachedDocument attached = documents.attach(saved.id(), file);
                        saved = attached.document();
                        return attached;
                    }

                    @Override
                    public DocumentInfo paper(String name) {
                        return saved = documents.addPaperAttachment(saved.id(), name);
                    }

                    @Override
                    public DocumentInfo remove(long attachmentId) {
                        return saved = documents.removeAttachment(saved.id(), attachmentId);
                    }
                },
                this::showError,
                limits,
                uploadLimits.maxFileSize());
        UI ui = UI.getCurrent();
        docxUpload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> importDocx(data))));
        UploadTexts.translate(docxUpload);
        docxUpload.setMaxFiles(1);
        docxUpload.setAcceptedFileTypes(
                ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        bodyPdfUpload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> useBodyPdf(data))));
        UploadTexts.translate(bodyPdfUpload);
        bodyPdfUpload.setMaxFiles(1);
        bodyPdfUpload.setAcceptedFileTypes(".pdf", "application/pdf");
        bodyPdfUpload.setId("draft-body-pdf");
        removeBodyPdf.setText(getTranslation("drafting.bodyPdf.remove"));
        removeBodyPdf.setId("draft-body-pdf-remove");
        removeBodyPdf.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        removeBodyPdf.addClickListener(e -> clearBodyPdf());
        body.setValue(java.util.List.of());

        save.setText(getTranslation("drafting.save"));
        save.setId("draft-save");
        submit.setId("draft-submit");
        save.addClickListener(e -> save());
        submit.setText(getTranslation("drafting.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        refresh.setText(getTranslation("drafting.refreshPreview"));
        refresh.addClickListener(e -> refreshPreview(true));

        VerticalLayout form = new VerticalLayout(
                new H2(getTranslation("drafting.title")),
                header,
                recipients,
                new H4(getTranslation("drafting.importDocx")),
                docxUpload,
                body,
                new H4(getTranslation("drafting.bodyPdf")),
                bodyPdfState,
                bodyPdfUpload,
                removeBodyPdf,
                attachments,
                new HorizontalLayout(save, submit));
        form.setWidth("55%");
        preview.setId("draft-preview");
        preview.getStyle().set("height", "80vh");
        previewHint.setId("draft-preview-hint");
        previewHint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        previewHint.setVisible(false);
        VerticalLayout right = new VerticalLayout(refresh, previewHint, preview);
        right.setWidth("45%");
        setSizeFull();
        add(form, right);
        showBodyPdf();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().getLong("id").ifPresent(id -> {
            try {
                show(documents.get(id));
            } catch (BusinessException e) {
                showError(e);
            }
        });
        refreshPreview(false);
    }

    private void show(DocumentInfo info) {
        saved = info;
        header.show(info);
        recipients.setValue(info.recipients());
        body.setValue(info.body());
        attachments.show(info);
        showBodyPdf();
    }

    /** The PDF body can be uploaded once the draft is saved, and removed while one is in use. */
    private void showBodyPdf() {
        boolean isSaved = saved != null;
        bodyPdfUpload.setVisible(isSaved);
        removeBodyPdf.setVisible(isSaved && saved.hasBodyPdf());
        bodyPdfState.setText(getTranslation(
                !isSaved
                        ? "drafting.bodyPdf.saveFirst"
                        : saved.hasBodyPdf() ? "drafting.bodyPdf.inUse" : "drafting.bodyPdf"));
        bodyPdfState.setVisible(!isSaved || saved.hasBodyPdf());
    }

    void useBodyPdf(byte[] pdf) {
        try {
            saved = documents.useBodyPdf(saved.id(), pdf);
            showBodyPdf();
            refreshPreview(false);
        } catch (RuntimeException e) {
            showError(e);
        } finally {
            bodyPdfUpload.clearFileList();
        }
    }

    void clearBodyPdf() {
        try {
            saved = documents.clearBodyPdf(saved.id());
            showBodyPdf();
            refreshPreview(false);
        } catch (RuntimeException e) {
            showError(e);
        }
    }

    Draft draft() {
        return header.draft(recipients.value(), body.value());
    }

    void importDocx(byte[] docx) {
        try {
            ImportedDraft imported = documents.readDocx(docx);
            body.setValue(imported.body());
            if (header.title.isEmpty() && imported.title() != null) {
                header.title.setValue(imported.title().replace("\n", ""));
            }
            pendingDocx = docx;
            refreshPreview(false);
        } catch (RuntimeException e) {
            showError(e);
        }
    }

    /** Creates or updates the draft; a .docx imported since is kept, the form's edits win. */
    boolean save() {
        header.clearErrors();
        try {
            Draft draft = draft();
            saved = saved == null ? documents.create(draft) : documents.update(saved.id(), draft);
            if (pendingDocx != null) {
                documents.importDocx(saved.id(), pendingDocx);
                pendingDocx = null;
                saved = documents.update(saved.id(), draft);
            }
            attachments.show(saved);
            showBodyPdf();
            Notification.show(getTranslation("drafting.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refreshPreview(false);
            return true;
        } catch (RuntimeException e) {
            showError(e);
            return false;
        }
    }

    void submit() {
        if (!save()) {
            return;
        }
        try {
            issuing.submit(saved.id());
            Notification.show(
                            getTranslation("drafting.submitted", saved.title()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(SentDocumentsView.class);
        } catch (RuntimeException e) {
            showError(e);
        }
    }

    /**
     * Lays the draft out for the preview. A draft still being written cannot be laid out yet: that
     * is said beside the preview, quietly; only the 刷新预览 button, or saving and submitting,
     * report it as an error. The draft is validated on submit, not on opening the page.
     */
    void refreshPreview(boolean asked) {
        try {
            byte[] pdf = saved != null && saved.hasBodyPdf()
                    ? documents.preview(saved.id(), draft())
                    : documents.preview(draft());
            previewPdf = pdf;
            preview.show("preview.pdf", clientAddress -> pdf);
            previewHint.setVisible(false);
        } catch (BusinessException e) {
            previewHint.setText(
                    getTranslation("drafting.preview.incomplete", getTranslation(e.messageKey(), e.args())));
            previewHint.setVisible(true);
            if (asked) {
                showError(e);
            }
        } catch (RuntimeException e) {
            showError(e);
        }
    }

    private void showError(RuntimeException e) {
        if (e instanceof BusinessException business) {
            String message = getTranslation(business.messageKey(), business.args());
            if (!header.showError(business.messageKey(), message)) {
                error(message);
            }
        } else if (e instanceof AccessDeniedException) {
            error(getTranslation("error.forbidden"));
        } else {
            throw e;
        }
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafting.title");
    }
}
