package org.gongwen.receipt.internal;

import java.time.Instant;

/** One step in a received document's history: who did what, when, from where. */
public record ReceiptEventInfo(ReceiptEventType type, String actor, Instant at, String clientAddress, String detail) {}
