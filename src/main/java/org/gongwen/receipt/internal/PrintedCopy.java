package org.gongwen.receipt.internal;

/** A print file handed to the printer, with what the log recorded and how much of the quota remains. */
public record PrintedCopy(byte[] pdf, Integer copyNumber, boolean official, int remainingQuota) {

    public String fileName(String docNumber) {
        return PrintJob.fileName(docNumber, official ? copyNumber : null, ".pdf");
    }
}
