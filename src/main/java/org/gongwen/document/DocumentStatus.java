package org.gongwen.document;

/**
 * Where a document is on its way from draft to sent. {@code SENDING}: signed and handed to the send,
 * waiting for the sender to confirm recipients and print quotas. {@code SENT} (已发出): from that
 * confirmation on, the moment recorded once as the send time (A14.1); how each recipient stands
 * (签收, 退回) is the distributions', not the document's.
 */
public enum DocumentStatus {
    DRAFT,
    IN_APPROVAL,
    RETURNED,
    AT_COUNTY_OFFICE,
    RETURNED_BY_COUNTY,
    STAMPING,
    SIGNED,
    SENDING,
    SENT
}
