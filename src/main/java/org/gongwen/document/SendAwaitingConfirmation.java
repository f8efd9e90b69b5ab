package org.gongwen.document;

/**
 * A send passed its checks and now waits for the sender to confirm the recipients (A13): listeners may
 * prepare, in the background, what the recipients' receipts will need once the sender confirms.
 */
public record SendAwaitingConfirmation(long documentId) {}
