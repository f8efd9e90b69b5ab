package org.gongwen.seal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.gongwen.seal.SealApplicationService;
import org.gongwen.seal.SealInfo;
import org.gongwen.seal.SealType;
import org.gongwen.shared.BusinessException;
import org.springframework.security.access.AccessDeniedException;

/** The application for an electronic seal of the user's own unit (A18). */
class SealApplicationDialog extends Dialog {

    final Select<SealType> type = new Select<>();
    final TextArea reason = new TextArea();
    final Button submit = new Button();
    private final transient SealApplicationService applications;

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
        submit.setText(getTranslation("sealApplication.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        VerticalLayout content = new VerticalLayout(type, reason);
        content.setPadding(false);
        content.setWidth("28em");
        add(content);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), submit);
    }

    void submit() {
        try {
            SealInfo seal = applications.apply(type.getValue(), reason.getValue());
            Notification.show(getTranslation("sealApplication.submitted", seal.name()), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
        } catch (BusinessException e) {
            reason.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            reason.setInvalid(true);
        } catch (AccessDeniedException e) {
            reason.setErrorMessage(getTranslation("error.forbidden"));
            reason.setInvalid(true);
        }
    }
}
