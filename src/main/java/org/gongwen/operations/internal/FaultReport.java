package org.gongwen.operations.internal;

import java.time.Instant;

/** What a technician or clerk reports: what is broken, since when, and the impact (A31). */
public record FaultReport(String what, Instant since, String impact) {}
