package org.gongwen.archive.internal;

/** One thing wrong with an archival package: which file and what. */
public record ArchiveFinding(String file, Problem problem) {

    public enum Problem {
        /** {@code manifest-sha256.txt} is missing or unreadable. */
        MANIFEST_MISSING,
        /** Listed in the manifest but not in the package. */
        MISSING,
        /** Its SHA-256 differs from the manifest's. */
        CHANGED,
        /** In the package but not in the manifest. */
        UNLISTED,
        /** The layout file's signature is no longer intact or no longer covers the whole file. */
        SIGNATURE_INVALID;

        public String messageKey() {
            return "archive.finding." + name();
        }
    }
}
