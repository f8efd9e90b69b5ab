package org.gongwen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.gongwen.security.internal.ApiTokenInfo;
import org.gongwen.security.internal.ApiTokenService;

/** Asks before revoking: the office system using the token loses access at once, for good. */
class ApiTokenRevokeDialog extends Dialog {

    final Button confirm = new Button();
    private final transient ApiTokenService apiTokens;
    private final ApiTokenInfo token;
    private final Runnable onRevoked;

    ApiTokenRevokeDialog(ApiTokenService apiTokens, ApiTokenInfo token, Runnable onRevoked) {
        this.apiTokens = apiTokens;
        this.token = token;
        this.onRevoked = onRevoked;
        setHeaderTitle(getTranslation("apiToken.revokeTitle"));
        Paragraph question =
                new Paragraph(getTranslation("apiToken.revokeQuestion", token.name(), token.tokenPrefix()));
        question.setWidth("28em");
        add(question);
        confirm.setText(getTranslation("apiToken.revoke"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> confirm());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }

    void confirm() {
        apiTokens.revoke(token.id());
        Notification.show(getTranslation("apiToken.revoked", token.name()), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
        onRevoked.run();
    }
}
