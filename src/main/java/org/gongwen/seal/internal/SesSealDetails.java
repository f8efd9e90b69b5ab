package org.gongwen.seal.internal;

import java.time.Instant;
import org.gongwen.seal.SesSealCheck;

/**
 * A seal's GB/T 38540 electronic seal as the archive shows it.
 *
 * @param esId       the electronic seal's id (esID)
 * @param version    SES_Header.version (4)
 * @param maker      who made it (the seal-making certificate's CN)
 * @param validStart from when it is valid
 * @param validEnd   until when
 * @param verified   its maker's signature and certificates hold (see {@link SesSealCheck})
 * @param problem    why it does not hold (Chinese), or null
 * @param sm2Serial  the serial number (hex) of the seal's SM2 certificate
 */
public record SesSealDetails(
        String esId,
        int version,
        String maker,
        Instant validStart,
        Instant validEnd,
        boolean verified,
        String problem,
        String sm2Serial) {

    public static SesSealDetails of(SesSealCheck check, String sm2Serial) {
        return new SesSealDetails(
                check.esId(),
                check.version(),
                check.maker(),
                check.validStart(),
                check.validEnd(),
                check.valid(),
                check.reason(),
                sm2Serial);
    }
}
