package org.gongwen.document;

import java.util.List;

/**
 * A batch of a send is about to start its recipients' receipts, in the same transaction: listeners
 * may read ahead what those receipts will ask for one recipient at a time (A13).
 */
public record SendBatchStarting(long documentId, List<RecipientEntry> recipients) {}
