package org.gongwen.document.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.gongwen.document.BodyBlock;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.DocumentKind;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.Secrecy;
import org.gongwen.document.Urgency;
import org.gongwen.document.internal.Draft;

/** The elements of a draft apart from recipients, body and attachments (GB/T 9704 版头 and 版记). */
class DraftHeaderForm extends FormLayout {

    final Select<DocumentKind> kind = new Select<>();
    final TextField title = new TextField();
    final Select<Urgency> urgency = new Select<>();
    final Select<Secrecy> secrecy = new Select<>();
    final Span classified = new Span();
    final Checkbox countyLevel = new Checkbox();
    final TextField signingOrgan = new TextField();
    final DatePicker date = new DatePicker();
    final TextArea note = new TextArea();
    final TextField printingOrgan = new TextField();
    final DatePicker printingDate = new DatePicker();

    DraftHeaderForm(String unitName, LocalDate today) {
        kind.setLabel(getTranslation("drafting.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("documentKind." + k.name()));
        kind.setValue(DocumentKind.NOTICE);
        title.setLabel(getTranslation("drafting.docTitle"));
        title.setMaxLength(300);
        title.setId("draft-title");
        urgency.setLabel(getTranslation("drafting.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation("urgency." + u.name()));
        urgency.setValue(Urgency.NONE);
        secrecy.setLabel(getTranslation("drafting.secrecy"));
        secrecy.setItems(Secrecy.values());
        secrecy.setItemLabelGenerator(s -> getTranslation("secrecy." + s.name()));
        secrecy.setValue(Secrecy.NON_CLASSIFIED);
        classified.setText(getTranslation("document.error.classified"));
        classified.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        classified.setVisible(false);
        secrecy.addValueChangeListener(e -> classified.setVisible(isClassified()));
        countyLevel.setLabel(getTranslation("drafting.countyLevel"));
        signingOrgan.setLabel(getTranslation("drafting.signingOrgan"));
        signingOrgan.setValue(unitName);
        date.setLabel(getTranslation("drafting.date"));
        date.setValue(today);
        note.setLabel(getTranslation("drafting.note"));
        printingOrgan.setLabel(getTranslation("drafting.printingOrgan"));
        printingDate.setLabel(getTranslation("drafting.printingDate"));
        printingDate.setValue(today);
        add(kind, urgency, secrecy, countyLevel);
        add(classified, 2);
        add(title, 2);
        add(signingOrgan, date, printingOrgan, printingDate);
        add(note, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
    }

    boolean isClassified() {
        return secrecy.getValue() != null && secrecy.getValue() != Secrecy.NON_CLASSIFIED;
    }

    Draft draft(List<RecipientEntry> recipients, List<BodyBlock> body) {
        return new Draft(
                kind.getValue(),
                title.getValue(),
                urgency.getValue(),
                secrecy.getValue(),
                countyLevel.getValue(),
                recipients,
                body,
                signingOrgan.getValue(),
                date.getValue(),
                blankToNull(note.getValue()),
                blankToNull(printingOrgan.getValue()),
                printingDate.getValue());
    }

    void show(DocumentInfo info) {
        kind.setValue(info.kind());
        title.setValue(info.title() == null ? "" : info.title());
        urgency.setValue(info.urgency());
        secrecy.setValue(info.secrecy());
        countyLevel.setValue(info.countyLevel());
        signingOrgan.setValue(info.signingOrgan() == null ? "" : info.signingOrgan());
        date.setValue(info.date());
        note.setValue(info.note() == null ? "" : info.note());
        printingOrgan.setValue(info.printingOrgan() == null ? "" : info.printingOrgan());
        printingDate.setValue(info.printingDate());
    }

    void clearErrors() {
        title.setInvalid(false);
        kind.setInvalid(false);
        signingOrgan.setInvalid(false);
    }

    /** Shows a refusal next to the field it is about; false if it belongs to no field here. */
    boolean showError(String key, String message) {
        switch (key) {
            case "document.error.title", "document.error.glyphs" -> invalid(title, message);
            case "document.error.signingOrgan", "document.error.noCountyGovernment" -> invalid(signingOrgan, message);
            case "document.error.classified" -> classified.setVisible(true);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
