package org.gongwen.workflow.internal;

/** A deployed process (latest version), for filters. */
public record ProcessOption(String key, String name) {}
