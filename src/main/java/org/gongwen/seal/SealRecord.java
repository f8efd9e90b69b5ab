package org.gongwen.seal;

import java.util.List;

/** A seal in the archive: the seal, its unit, its certificate, its scan and its history (A28). */
public record SealRecord(SealInfo seal, String unitCode, String unitName, CertificateDetails certificate,
        String impressionFilename, boolean drawnImage, boolean hasImage, double imageDiameterMm,
        List<SealEventInfo> history) {
}
