package org.gongwen.seal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.gongwen.seal.internal.SealArchive;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.shared.BusinessException;
import org.springframework.security.access.AccessDeniedException;

/** Restores a seal's key material from the escrow copy after a reported medium failure (A28). */
class SealRestoreDialog extends Dialog {

    final TextArea report = new TextArea();
    final Button submit = new Button();
    private final transient SealArchive archive;
    private final SealInfo seal;

    SealRestoreDialog(SealArchive archive, SealInfo seal) {
        this.archive = archive;
        this.seal = seal;
        setHeaderTitle(getTranslation("sealRestore.dialogTitle", seal.name()));
        report.setLabel(getTranslation("sealRestore.report"));
        report.setMaxLength(500);
        report.setWidthFull();
        submit.setText(getTranslation("sealRestore.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("sealRestore.intro")), report);
        content.setPadding(false);
        content.setWidth("28em");
        add(content);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), submit);
    }

    void submit() {
        try {
            archive.restore(seal.id(), report.getValue());
            Notification.show(getTranslation("sealRestore.done", seal.name()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
        } catch (BusinessException e) {
            report.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            report.setInvalid(true);
        } catch (AccessDeniedException e) {
            report.setErrorMessage(getTranslation("error.forbidden"));
            report.setInvalid(true);
        }
    }
}
