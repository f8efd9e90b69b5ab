package org.gongwen.seal.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.gongwen.seal.internal.RevocationReason;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealRevocationService;

/** The owning unit asks to revoke a seal (A26, A27); it takes effect after approval and three witnesses. */
class SealRevocationDialog extends SealRequestDialog {

    final Select<RevocationReason> reason = new Select<>();
    final TextArea explanation = text;
    private final transient SealRevocationService revocations;

    SealRevocationDialog(SealRevocationService revocations, SealInfo seal) {
        super(seal, "sealRevocation.error.role");
        this.revocations = revocations;
        setHeaderTitle(getTranslation("sealRevocation.dialogTitle", seal.name()));
        reason.setLabel(getTranslation("sealRevocation.reason"));
        reason.setItems(RevocationReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("revocationReason." + r.name()));
        reason.setValue(RevocationReason.CHANGE);
        explanation.setLabel(getTranslation("sealRevocation.explanation"));
        submit.setText(getTranslation("sealRevocation.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        layOut(reason, explanation);
    }

    @Override
    String send() {
        revocations.request(seal.id(), reason.getValue(), explanation.getValue());
        return getTranslation("sealRevocation.submitted", seal.name());
    }
}
