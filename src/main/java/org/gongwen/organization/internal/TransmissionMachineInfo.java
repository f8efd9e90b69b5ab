package org.gongwen.organization.internal;

import java.time.Instant;

/** A unit's transmission machine and the named person in charge of it (A37). */
public record TransmissionMachineInfo(
        long id,
        long unitId,
        MachineKind kind,
        String name,
        String assetNumber,
        String location,
        long responsibleId,
        String responsibleName,
        String responsibleMobile,
        Instant registeredAt,
        String registeredBy) {}
