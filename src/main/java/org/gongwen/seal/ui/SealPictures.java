package org.gongwen.seal.ui;

import com.vaadin.flow.component.html.Image;
import java.util.Base64;

/** Seal images in pages: drawn at true size (CSS millimetres), transparent over the page. */
final class SealPictures {

    private SealPictures() {}

    static Image trueSize(byte[] png, double diameterMm, String alt) {
        Image image = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(png), alt);
        image.setWidth(diameterMm + "mm");
        image.setHeight(diameterMm + "mm");
        return image;
    }

    static Image thumbnail(byte[] png, String alt) {
        Image image = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(png), alt);
        image.setWidth("6em");
        image.setHeight("6em");
        return image;
    }
}
