package org.gongwen.seal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.gongwen.seal.internal.RevocationReason;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealRevocationService;
import org.gongwen.shared.BusinessException;
import org.springframework.security.access.AccessDeniedException;

/** The owning unit asks to revoke a seal (A26, A27); it takes effect after approval and three witnesses. */
class SealRevocationDialog extends Dialog {

    final Select<RevocationReason> reason = new Select<>();
    final TextArea explanation = new TextArea();
    final Button submit = new Button();
    private final transient SealRevocationService revocations;
    private final SealInfo seal;

    SealRevocationDialog(SealRevocationService revocations, SealInfo seal) {
        this.revocations = revocations;
        this.seal = seal;
        setHeaderTitle(getTranslation("sealRevocation.dialogTitle", seal.name()));
        reason.setLabel(getTranslation("sealRevocation.reason"));
        reason.setItems(RevocationReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("revocationReason." + r.name()));
        reason.setValue(RevocationReason.CHANGE);
        explanation.setLabel(getTranslation("sealRevocation.explanation"));
        explanation.setMaxLength(500);
        explanation.setWidthFull();
        submit.setText(getTranslation("sealRevocation.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        submit.addClickListener(e -> submit());
        VerticalLayout content = new VerticalLayout(reason, explanation);
        content.setPadding(false);
        content.setWidth("28em");
        add(content);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), submit);
    }

    void submit() {
        try {
            revocations.request(seal.id(), reason.getValue(), explanation.getValue());
            Notification.show(
                            getTranslation("sealRevocation.submitted", seal.name()),
                            5000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
        } catch (BusinessException e) {
            explanation.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            explanation.setInvalid(true);
        } catch (AccessDeniedException e) {
            explanation.setErrorMessage(getTranslation("sealRevocation.error.role"));
            explanation.setInvalid(true);
        }
    }
}
