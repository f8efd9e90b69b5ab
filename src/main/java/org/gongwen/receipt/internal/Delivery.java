package org.gongwen.receipt.internal;

/** A distribution as {@code document-receipt} needs it: ids and what the sign-for form shows. */
public record Delivery(
        long distributionId, long unitId, String unitCode, String documentTitle, String docNumber, String senderName) {}
