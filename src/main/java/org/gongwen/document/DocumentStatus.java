package org.gongwen.document;

/** Where a document is on its way from draft to sent. */
public enum DocumentStatus {
    DRAFT, IN_APPROVAL, RETURNED, AT_COUNTY_OFFICE, RETURNED_BY_COUNTY, STAMPING, SIGNED, SENDING, SENT
}
