package org.gongwen.receipt.internal;

/** A print file handed to the printer, with what the log recorded and how much of the quota remains. */
public record PrintedCopy(byte[] pdf, Integer copyNumber, boolean official, int remainingQuota) {

    public String fileName(String docNumber) {
        String base = docNumber == null || docNumber.isBlank() ? "document" : docNumber;
        return base + (official ? "-份号" + String.format("%06d", copyNumber) : "-无效力副本") + ".pdf";
    }
}
