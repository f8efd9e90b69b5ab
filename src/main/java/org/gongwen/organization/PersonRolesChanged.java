package org.gongwen.organization;

/** A person's roles or unit changed, or the person was added. */
public record PersonRolesChanged(long personId) {}
