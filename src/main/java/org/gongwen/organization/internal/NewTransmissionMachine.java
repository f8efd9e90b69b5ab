package org.gongwen.organization.internal;

/** What a unit's technician registers: the machine and who is in charge of it. */
public record NewTransmissionMachine(
        MachineKind kind, String name, String assetNumber, String location, Long responsibleId) {}
