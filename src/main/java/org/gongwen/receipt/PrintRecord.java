package org.gongwen.receipt;

import java.time.Instant;

/** One print (A11.2): an official copy with its copy number (份号), or an unofficial one (copyNumber null). */
public record PrintRecord(Integer copyNumber, boolean official, String printedBy, Instant printedAt,
        String clientAddress) {
}
