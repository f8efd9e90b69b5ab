package org.gongwen.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Drafting settings: the default print quota of a recipient (A11.1), the largest attachment
 * sent electronically (larger ones are delivered on paper, A11.3), the largest imported file.
 */
@ConfigurationProperties("gongwen.document")
public record DocumentProperties(
        @DefaultValue("2") int defaultPrintQuota,
        @DefaultValue("10") int attachmentTransmitLimitMb,
        @DefaultValue("20") int maxImportMb) {

    public long attachmentTransmitLimitBytes() {
        return attachmentTransmitLimitMb * 1024L * 1024L;
    }
}
