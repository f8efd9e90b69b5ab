package org.gongwen.operations.internal;

import java.time.Instant;

/** One handling round of the information centre (A31): who diagnosed what and did what, and when. */
public record IncidentHandling(int round, String handledBy, Instant handledAt, String diagnosis, String actions) {}
