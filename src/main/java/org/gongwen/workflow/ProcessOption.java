package org.gongwen.workflow;

/** A deployed process (latest version), for filters. */
public record ProcessOption(String key, String name) {}
