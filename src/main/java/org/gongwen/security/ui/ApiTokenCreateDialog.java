package org.gongwen.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.gongwen.security.DirectoryUnit;
import org.gongwen.security.internal.ApiTokenService;
import org.gongwen.security.internal.IssuedToken;
import org.gongwen.shared.BusinessException;

/**
 * Names a new token, creates it and shows its secret this once, with a copy button. Closing
 * the dialog drops the secret: it cannot be shown again.
 */
class ApiTokenCreateDialog extends Dialog {

    final TextField name = new TextField();
    final Button submit = new Button();
    final TextField token = new TextField();
    final Button copy = new Button();
    final Paragraph warning = new Paragraph();
    final Button done = new Button();
    private final transient ApiTokenService apiTokens;
    private final DirectoryUnit unit;
    private final Runnable onCreated;
    private final VerticalLayout issued;

    ApiTokenCreateDialog(ApiTokenService apiTokens, DirectoryUnit unit, Runnable onCreated) {
        this.apiTokens = apiTokens;
        this.unit = unit;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("apiToken.createTitle", unit.fullName()));
        setCloseOnOutsideClick(false);
        name.setLabel(getTranslation("apiToken.name"));
        name.setHelperText(getTranslation("apiToken.nameHelp"));
        name.setMaxLength(ApiTokenService.MAX_NAME_LENGTH);
        name.setWidthFull();
        submit.setText(getTranslation("apiToken.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        token.setLabel(getTranslation("apiToken.token"));
        token.setReadOnly(true);
        token.setWidthFull();
        token.getStyle().set("font-family", "monospace");
        copy.setText(getTranslation("apiToken.copy"));
        copy.setIcon(VaadinIcon.COPY.create());
        copy.addClickListener(e -> copyToClipboard());
        warning.setText(getTranslation("apiToken.shownOnce"));
        warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        done.setText(getTranslation("apiToken.done"));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> close());
        HorizontalLayout tokenRow = new HorizontalLayout(token, copy);
        tokenRow.setWidthFull();
        tokenRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        issued = new VerticalLayout(warning, tokenRow);
        issued.setPadding(false);
        issued.setVisible(false);
        VerticalLayout content = new VerticalLayout(name, issued);
        content.setPadding(false);
        content.setWidth("36em");
        add(content);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), submit);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                token.clear();
            }
        });
    }

    void submit() {
        try {
            IssuedToken created = apiTokens.create(unit.id(), name.getValue());
            name.setReadOnly(true);
            name.setInvalid(false);
            token.setValue(created.token());
            issued.setVisible(true);
            getFooter().removeAll();
            getFooter().add(done);
            setCloseOnEsc(false);
            onCreated.run();
        } catch (BusinessException e) {
            name.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            name.setInvalid(true);
        }
    }

    private void copyToClipboard() {
        UI.getCurrent()
                .getPage()
                .executeJs("return navigator.clipboard.writeText($0)", token.getValue())
                .then(ok ->
                        Notification.show(getTranslation("apiToken.copied"), 3000, Notification.Position.TOP_CENTER));
    }
}
