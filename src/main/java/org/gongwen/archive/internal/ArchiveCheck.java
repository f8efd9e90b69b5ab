package org.gongwen.archive.internal;

import java.util.List;

/** The result of checking an archival package again: ok when nothing was found. */
public record ArchiveCheck(boolean ok, List<ArchiveFinding> findings) {

    public ArchiveCheck {
        findings = List.copyOf(findings);
    }

    public static ArchiveCheck of(List<ArchiveFinding> findings) {
        return new ArchiveCheck(findings.isEmpty(), findings);
    }
}
