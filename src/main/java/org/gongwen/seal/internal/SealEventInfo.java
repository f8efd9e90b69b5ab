package org.gongwen.seal.internal;

import java.time.Instant;

/** One step of a seal's history: what happened, the status it left, who did it. */
public record SealEventInfo(SealAction action, SealStatus status, String actor, String note, Instant occurredAt) {}
