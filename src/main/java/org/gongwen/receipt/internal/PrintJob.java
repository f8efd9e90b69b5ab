package org.gongwen.receipt.internal;

/**
 * A print attempt reserved in the print log and not yet delivered: its copy number is held for it
 * until {@link PrintService#deliver} has written the file, or failed to. {@code remainingQuota} is
 * what is left of the quota once this copy and the others on their way count.
 */
public record PrintJob(
        long printId,
        long distributionId,
        long documentId,
        Integer copyNumber,
        int printQuota,
        int remainingQuota,
        String printedBy) {

    public boolean official() {
        return copyNumber != null;
    }

    public String fileName(String docNumber) {
        return fileName(docNumber, copyNumber, ".pdf");
    }

    public String ofdFileName(String docNumber) {
        return fileName(docNumber, copyNumber, ".ofd");
    }

    /** The document number (or "document") with the 份号 of an official copy, or marked as having no legal force. */
    static String fileName(String docNumber, Integer copyNumber, String extension) {
        String base = docNumber == null || docNumber.isBlank() ? "document" : docNumber;
        return base + (copyNumber != null ? "-份号" + String.format("%06d", copyNumber) : "-无效力副本") + extension;
    }
}
