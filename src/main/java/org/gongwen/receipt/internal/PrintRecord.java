package org.gongwen.receipt.internal;

import java.time.Instant;

/**
 * One print attempt (A11.2): an official copy with its copy number (份号), or an unofficial one
 * (copyNumber null), and whether its file reached the browser; only delivered copies count.
 */
public record PrintRecord(
        Integer copyNumber,
        boolean official,
        String printedBy,
        Instant printedAt,
        String clientAddress,
        PrintOutcome outcome) {}
