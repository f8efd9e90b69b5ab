package org.gongwen.seal.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.gongwen.seal.internal.SesSealDetails;
import org.gongwen.shared.CountyZone;

/**
 * A seal's GB/T 38540 electronic seal in the archive: id, version, maker, validity, whether it verifies,
 * and its DER to download (.ses).
 */
class SesSealPanel extends VerticalLayout {

    private final CountyZone zone;
    final FormLayout facts = new FormLayout();

    SesSealPanel(CountyZone zone) {
        this.zone = zone;
        setPadding(false);
    }

    void show(SesSealDetails details, long sealId, Supplier<byte[]> der) {
        removeAll();
        facts.removeAll();
        if (details == null) {
            return;
        }
        field("sesSeal.esId", details.esId());
        field("sesSeal.version", String.valueOf(details.version()));
        field("sesSeal.maker", details.maker());
        field("sesSeal.validity", zone.formatTime(details.validStart()) + " — " + zone.formatTime(details.validEnd()));
        field("sesSeal.sm2Serial", details.sm2Serial());
        field(
                "sesSeal.status",
                details.verified()
                        ? getTranslation("sesSeal.verified")
                        : getTranslation("sesSeal.notVerified", details.problem()));
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] data = der.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(data),
                            "seal-" + sealId + ".ses",
                            "application/octet-stream",
                            data.length);
                }),
                getTranslation("sesSeal.download"));
        add(new H3(getTranslation("sesSeal.title")), facts, download);
    }

    private void field(String key, String value) {
        Span text = new Span(value == null ? "" : value);
        text.getStyle().set("word-break", "break-all");
        facts.addFormItem(text, getTranslation(key));
    }
}
