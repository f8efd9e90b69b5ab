package org.gongwen.receipt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.gongwen.receipt.internal.ReissueKind;
import org.gongwen.receipt.internal.ReissueService;
import org.gongwen.shared.BusinessException;

/** Ask the sender for a re-send or extra print copies, with a reason (A10.2). */
class ReissueRequestDialog extends Dialog {

    final RadioButtonGroup<ReissueKind> kind = new RadioButtonGroup<>();
    final IntegerField copies = new IntegerField();
    final TextArea reason = new TextArea();
    final Button send = new Button();

    ReissueRequestDialog(ReissueService reissues, long distributionId, Runnable done) {
        setHeaderTitle(getTranslation("received.reissue"));
        kind.setLabel(getTranslation("received.reissue.kind"));
        kind.setItems(ReissueKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("reissue.kind." + k.name()));
        kind.setValue(ReissueKind.RESEND);
        copies.setLabel(getTranslation("received.reissue.copies"));
        copies.setMin(1);
        copies.setMax(ReissueService.MAX_EXTRA_COPIES);
        copies.setValue(1);
        copies.setStepButtonsVisible(true);
        copies.setVisible(false);
        kind.addValueChangeListener(e -> copies.setVisible(e.getValue() == ReissueKind.EXTRA_COPIES));
        reason.setLabel(getTranslation("received.reissue.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        send.setText(getTranslation("received.reissue.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reason.setRequired(true);
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        send.addClickListener(e -> {
            if (reason.getValue() == null || reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("reissue.error.reason"));
                reason.setInvalid(true);
                return;
            }
            try {
                reissues.request(
                        distributionId,
                        kind.getValue(),
                        copies.getValue() == null ? 0 : copies.getValue(),
                        reason.getValue());
                Notification.show(getTranslation("received.reissue.sent"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                done.run();
            } catch (BusinessException ex) {
                Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add(new VerticalLayout(kind, copies, reason));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), send);
        setWidth("32em");
    }
}
