package org.gongwen.seal.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.gongwen.seal.CertificateDetails;

/** The facts of a seal certificate a person checks: subject, issuer, serial, validity, fingerprint. */
class CertificatePanel extends FormLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    void show(CertificateDetails details) {
        removeAll();
        if (details == null) {
            return;
        }
        field("certificate.subject", details.subject());
        field("certificate.issuer", details.issuer());
        field("certificate.serial", details.serialNumber());
        field("certificate.validity", DATE.format(details.notBefore().atZone(ZoneId.systemDefault())) + " — "
                + DATE.format(details.notAfter().atZone(ZoneId.systemDefault())));
        field("certificate.algorithm", details.publicKeyAlgorithm());
        field("certificate.fingerprint", details.sha256Fingerprint());
    }

    private void field(String key, String value) {
        Span text = new Span(value);
        text.getStyle().set("word-break", "break-all");
        addFormItem(text, getTranslation(key));
    }
}
