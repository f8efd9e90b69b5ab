package org.gongwen.seal.internal;

import java.util.List;

/**
 * A seal in the archive: the seal, its unit, its certificate, its scan and its history (A28); its SM2
 * certificate and GB/T 38540 electronic seal when it has them (else null).
 */
public record SealRecord(
        SealInfo seal,
        String unitCode,
        String unitName,
        CertificateDetails certificate,
        String impressionFilename,
        boolean drawnImage,
        boolean hasImage,
        double imageDiameterMm,
        List<SealEventInfo> history,
        CertificateDetails sm2Certificate,
        SesSealDetails sesSeal) {}
