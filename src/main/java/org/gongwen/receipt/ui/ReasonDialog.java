package org.gongwen.receipt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.gongwen.shared.BusinessException;

/**
 * Asks for a reason before acting (退回, 申请删除): an empty reason, or the service's refusal, keeps
 * the dialog open with the message on the field, so what was typed is not lost.
 */
class ReasonDialog extends Dialog {

    static final int MAX_LENGTH = 500;

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    /**
     * @param emptyKey the message when no reason is given
     * @param action   does the thing with the reason; a {@link BusinessException} keeps the dialog open
     * @param done     after the action succeeded and the dialog closed
     */
    ReasonDialog(String titleKey, String fieldKey, String emptyKey, Consumer<String> action, Runnable done) {
        setHeaderTitle(getTranslation(titleKey));
        reason.setLabel(getTranslation(fieldKey));
        reason.setWidthFull();
        reason.setMaxLength(MAX_LENGTH);
        reason.setRequired(true);
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        confirm.setText(getTranslation(titleKey));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (reason.getValue() == null || reason.getValue().isBlank()) {
                refuse(getTranslation(emptyKey));
                return;
            }
            try {
                action.accept(reason.getValue());
            } catch (BusinessException refused) {
                refuse(getTranslation(refused.messageKey(), refused.args()));
                return;
            }
            close();
            done.run();
        });
        add(reason);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
        setWidth("32em");
    }

    private void refuse(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
        reason.focus();
    }
}
