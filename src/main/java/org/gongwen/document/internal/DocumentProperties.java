package org.gongwen.document.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Drafting settings: the default print quota of a recipient (A11.1), the largest attachment and
 * the most a whole document (body PDF and attachments together) may send electronically (anything
 * beyond is delivered on paper, A11.3), the largest imported file.
 */
@ConfigurationProperties("gongwen.document")
public record DocumentProperties(
        @DefaultValue("2") int defaultPrintQuota,
        @DefaultValue("10MB") DataSize attachmentTransmitLimit,
        @DefaultValue("50MB") DataSize documentTransmitLimit,
        @DefaultValue("20") int maxImportMb) {

    public long attachmentTransmitLimitBytes() {
        return attachmentTransmitLimit.toBytes();
    }

    public long documentTransmitLimitBytes() {
        return documentTransmitLimit.toBytes();
    }
}
