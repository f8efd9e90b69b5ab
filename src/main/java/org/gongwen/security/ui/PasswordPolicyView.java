package org.gongwen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gongwen.security.internal.PasswordPolicy;
import org.gongwen.security.internal.PasswordPolicyService;
import org.gongwen.shared.BusinessException;

/** 密码策略: administrators set password expiry, lockout and strength (A35, A36); it applies at once. */
@Route("password-policy")
@RolesAllowed("ADMIN")
@Menu(title = "passwordPolicy.title", order = 44, icon = "LOCK")
public class PasswordPolicyView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField maxAgeDays = field("passwordPolicy.maxAgeDays");
    final IntegerField maxFailedLogins = field("passwordPolicy.maxFailedLogins");
    final IntegerField lockoutMinutes = field("passwordPolicy.lockoutMinutes");
    final IntegerField minLength = field("passwordPolicy.minLength");
    final Checkbox mixedCase = new Checkbox(getTranslation("passwordPolicy.mixedCase"));
    final Checkbox symbol = new Checkbox(getTranslation("passwordPolicy.symbol"));
    final Button save = new Button();
    final Paragraph result = new Paragraph();
    private final transient PasswordPolicyService policies;

    public PasswordPolicyView(PasswordPolicyService policies) {
        this.policies = policies;
        show(policies.current());
        save.setText(getTranslation("passwordPolicy.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(maxAgeDays, maxFailedLogins, lockoutMinutes, minLength, mixedCase, symbol);
        form.setMaxWidth("40em");
        add(
                new H2(getTranslation("passwordPolicy.title")),
                new Paragraph(getTranslation("passwordPolicy.intro")),
                form,
                save,
                result);
    }

    private IntegerField field(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setRequired(true);
        field.setStepButtonsVisible(true);
        return field;
    }

    private void show(PasswordPolicy policy) {
        maxAgeDays.setValue(policy.passwordMaxAgeDays());
        maxFailedLogins.setValue(policy.maxFailedLogins());
        lockoutMinutes.setValue(policy.lockoutMinutes());
        minLength.setValue(policy.passwordMinLength());
        mixedCase.setValue(policy.requireMixedCase());
        symbol.setValue(policy.requireSymbol());
    }

    private void save() {
        try {
            show(policies.update(new PasswordPolicy(
                    value(maxAgeDays),
                    value(maxFailedLogins),
                    value(lockoutMinutes),
                    value(minLength),
                    mixedCase.getValue(),
                    symbol.getValue())));
            result.setText(getTranslation("passwordPolicy.saved"));
        } catch (BusinessException e) {
            result.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("passwordPolicy.title");
    }
}
