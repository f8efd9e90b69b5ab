package org.gongwen.seal.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gongwen.seal.SealProperties;

/**
 * When a seal certificate issued now is valid, and a certificate of the county system with it: from five
 * minutes back, so that a reader whose clock runs a little behind accepts it at once, for the configured
 * number of calendar years.
 */
record SealValidity(Instant notBefore, Instant notAfter) {

    static SealValidity from(Instant now, SealProperties properties) {
        return new SealValidity(
                now.minus(Duration.ofMinutes(5)),
                now.atOffset(ZoneOffset.UTC)
                        .plusYears(properties.sealValidityYears())
                        .toInstant());
    }
}
