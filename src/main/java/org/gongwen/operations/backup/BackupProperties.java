package org.gongwen.operations.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where {@link Backups} writes its archives; a disk apart from {@code ./data}, in production. */
@ConfigurationProperties("gongwen.backup")
public record BackupProperties(@DefaultValue("./backups") String directory) {}
