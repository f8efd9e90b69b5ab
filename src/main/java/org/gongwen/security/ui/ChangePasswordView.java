package org.gongwen.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.gongwen.security.AccountService;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.security.internal.PasswordPolicy;
import org.gongwen.security.internal.PasswordPolicyService;
import org.gongwen.shared.BusinessException;

/** Changing one's password; forced when it has expired (A36). */
@Route(value = "password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    private final AccountService accounts;
    private final CurrentUser user;

    public ChangePasswordView(
            AccountService accounts, AuthenticatedUser authenticatedUser, PasswordPolicyService policies) {
        this.accounts = accounts;
        this.user = authenticatedUser.require();
        setMaxWidth("32em");
        current.setLabel(getTranslation("password.current"));
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(rule(policies.current()));
        repeat.setLabel(getTranslation("password.repeat"));
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(
                new H2(getTranslation("password.title")),
                new Paragraph(getTranslation("password.intro", user.fullName())),
                new FormLayout(current, next, repeat),
                save);
    }

    private void save() {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.error.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changePassword(user.personId(), current.getValue(), next.getValue());
        } catch (BusinessException e) {
            PasswordField field = "password.error.currentWrong".equals(e.messageKey()) ? current : next;
            field.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            field.setInvalid(true);
            return;
        }
        // sign out so the next login runs with the new password and full rights
        UI.getCurrent().getPage().setLocation("login?changed");
        VaadinSession.getCurrent().getSession().invalidate();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }

    /** The rules of the policy in force, which an administrator may have made stricter (A36). */
    private String rule(PasswordPolicy policy) {
        StringBuilder rule = new StringBuilder(getTranslation("passwordPolicy.rule", policy.passwordMinLength()));
        if (policy.requireMixedCase()) {
            rule.append(getTranslation("passwordPolicy.rule.mixedCase"));
        }
        if (policy.requireSymbol()) {
            rule.append(getTranslation("passwordPolicy.rule.symbol"));
        }
        return rule.toString();
    }
}
