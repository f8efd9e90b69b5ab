package org.gongwen.organization;

/** A unit as other modules and the API see it. */
public record UnitInfo(
        long id,
        String code,
        String fullName,
        String shortName,
        UnitKind kind,
        Long parentId,
        String docPrefix,
        boolean holdsPhysicalSeal,
        boolean active) {}
