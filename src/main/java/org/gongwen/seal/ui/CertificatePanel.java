package org.gongwen.seal.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import org.gongwen.seal.internal.CertificateDetails;
import org.gongwen.shared.CountyZone;

/** The facts of a seal certificate a person checks: subject, issuer, serial, validity, fingerprint. */
class CertificatePanel extends FormLayout {

    private final CountyZone zone;

    CertificatePanel(CountyZone zone) {
        this.zone = zone;
    }

    void show(CertificateDetails details) {
        removeAll();
        if (details == null) {
            return;
        }
        field("certificate.subject", details.subject());
        field("certificate.issuer", details.issuer());
        field("certificate.serial", details.serialNumber());
        field(
                "certificate.validity",
                zone.formatTime(details.notBefore()) + " — " + zone.formatTime(details.notAfter()));
        field("certificate.algorithm", details.publicKeyAlgorithm());
        field("certificate.fingerprint", details.sha256Fingerprint());
    }

    private void field(String key, String value) {
        Span text = new Span(value);
        text.getStyle().set("word-break", "break-all");
        addFormItem(text, getTranslation(key));
    }
}
