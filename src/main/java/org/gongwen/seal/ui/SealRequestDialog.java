package org.gongwen.seal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.shared.BusinessException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A dialog that sends one request about a seal with a written text (a report, an explanation):
 * once sent it closes with a notification, a refusal shows under the text.
 */
abstract class SealRequestDialog extends Dialog {

    final Button submit = new Button();
    final TextArea text = new TextArea();
    final SealInfo seal;
    private final String deniedKey;

    /** {@code deniedKey}: the message for a caller whose role may not send the request. */
    SealRequestDialog(SealInfo seal, String deniedKey) {
        this.seal = seal;
        this.deniedKey = deniedKey;
        text.setMaxLength(500);
        text.setWidthFull();
        submit.addClickListener(e -> submit());
    }

    /** Sends the request; returns the notification that says it was sent. */
    abstract String send();

    /** Shows the fields above the footer with cancel and submit. */
    void layOut(Component... fields) {
        VerticalLayout content = new VerticalLayout(fields);
        content.setPadding(false);
        content.setWidth("28em");
        add(content);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), submit);
    }

    void submit() {
        try {
            String sent = send();
            Notification.show(sent, 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
        } catch (BusinessException e) {
            refuse(getTranslation(e.messageKey(), e.args()));
        } catch (AccessDeniedException e) {
            refuse(getTranslation(deniedKey));
        }
    }

    private void refuse(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }
}
