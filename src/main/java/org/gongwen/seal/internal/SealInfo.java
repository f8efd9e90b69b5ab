package org.gongwen.seal.internal;

import java.time.Instant;

/** A seal as other modules and the API see it: never any key material. */
public record SealInfo(
        long id,
        long unitId,
        String name,
        SealType type,
        SealStatus status,
        Long custodianId,
        String serialNumber,
        Instant notAfter) {}
