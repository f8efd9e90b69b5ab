package org.gongwen.shell.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a REST call may send: the largest request body that is not a multipart upload
 * (JSON, and BPMN XML); uploads are limited by {@code spring.servlet.multipart}.
 */
@ConfigurationProperties("gongwen.api")
public record ApiInputProperties(@DefaultValue("2MB") DataSize maxBodySize) {

    /** The limit as people read it: "2 MB", "512 KB". */
    public String maxBodySizeText() {
        long bytes = maxBodySize.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / 1024 / 1024 + " MB" : bytes / 1024 + " KB";
    }
}
