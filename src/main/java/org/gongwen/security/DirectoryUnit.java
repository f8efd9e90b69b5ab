package org.gongwen.security;

/** A unit as the login needs it: an office system signs in for a unit, not for a person. */
public record DirectoryUnit(long id, String code, String fullName, boolean active) {}
