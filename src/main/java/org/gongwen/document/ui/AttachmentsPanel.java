package org.gongwen.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.Consumer;
import org.gongwen.document.AttachmentInfo;
import org.gongwen.document.DocumentInfo;
import org.gongwen.shared.ui.UploadTexts;

/**
 * A saved draft's attachments: uploaded ones go electronically unless too large, and those
 * registered as paper are listed as 纸质送达 (A11.3). Changes go through the drafting view.
 */
class AttachmentsPanel extends VerticalLayout {

    /** What the view does with the panel's requests; each returns the document as it now stands. */
    interface Actions {
        DocumentInfo upload(String name, byte[] data, String mediaType);

        DocumentInfo paper(String name);

        DocumentInfo remove(long attachmentId);
    }

    final Grid<AttachmentInfo> grid = new Grid<>();
    final Upload upload;
    final TextField paperName = new TextField();
    final Button addPaper = new Button();
    final Paragraph saveFirst = new Paragraph();
    private final Actions actions;
    private final Consumer<RuntimeException> errors;

    AttachmentsPanel(Actions actions, Consumer<RuntimeException> errors) {
        this.actions = actions;
        this.errors = errors;
        setPadding(false);
        grid.setEmptyStateText(getTranslation("empty.attachments"));
        grid.addColumn(AttachmentInfo::name).setHeader(getTranslation("drafting.attachments.name")).setFlexGrow(3);
        grid.addColumn(a -> a.paperOnly() ? getTranslation("drafting.attachments.paper")
                : getTranslation("drafting.attachments.electronic")).setHeader(getTranslation("drafting.attachments.way"));
        grid.addComponentColumn(a -> {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> run(() -> actions.remove(a.id())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("drafting.remove"));
            return remove;
        }).setFlexGrow(0).setWidth("4em");
        grid.setAllRowsVisible(true);
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() ->
                run(() -> actions.upload(metadata.fileName(), data, metadata.contentType())))));
        UploadTexts.translate(upload);
        paperName.setPlaceholder(getTranslation("drafting.attachments.paperName"));
        addPaper.setText(getTranslation("drafting.attachments.addPaper"));
        addPaper.addClickListener(e -> run(() -> actions.paper(paperName.getValue())));
        saveFirst.setText(getTranslation("drafting.attachments.saveFirst"));
        HorizontalLayout paper = new HorizontalLayout(paperName, addPaper);
        paper.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H4(getTranslation("drafting.attachments")), saveFirst, grid, upload, paper);
        show(null);
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
