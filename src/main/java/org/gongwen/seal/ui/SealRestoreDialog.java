package org.gongwen.seal.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.gongwen.seal.internal.SealArchive;
import org.gongwen.seal.internal.SealInfo;

/** Restores a seal's key material from the escrow copy after a reported medium failure (A28). */
class SealRestoreDialog extends SealRequestDialog {

    final TextArea report = text;
    private final transient SealArchive archive;

    SealRestoreDialog(SealArchive archive, SealInfo seal) {
        super(seal, "error.forbidden");
        this.archive = archive;
        setHeaderTitle(getTranslation("sealRestore.dialogTitle", seal.name()));
        report.setLabel(getTranslation("sealRestore.report"));
        submit.setText(getTranslation("sealRestore.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        layOut(new Paragraph(getTranslation("sealRestore.intro")), report);
    }

    @Override
    String send() {
        archive.restore(seal.id(), report.getValue());
        return getTranslation("sealRestore.done", seal.name());
    }
}
