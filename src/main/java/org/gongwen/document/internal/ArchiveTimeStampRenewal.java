package org.gongwen.document.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.gongwen.document.ArchiveTimeStamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once a night, a new document time-stamp on every archived layout whose last time-stamp's
 * certificate expires within {@code gongwen.archive.time-stamp-renew-before} (a year by default). It
 * switches scheduling on itself, so it runs whatever the notification scheduler's setting;
 * {@code gongwen.archive.time-stamp-renewal-cron: "-"} switches it off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ArchiveTimeStampRenewal {

    private static final Logger log = LoggerFactory.getLogger(ArchiveTimeStampRenewal.class);

    private final DocumentRepository documents;
    private final ArchiveTimeStamps timeStamps;
    private final Duration renewBefore;
    private final Clock clock;

    ArchiveTimeStampRenewal(
            DocumentRepository documents,
            ArchiveTimeStamps timeStamps,
            @Value("${gongwen.archive.time-stamp-renew-before:P365D}") Duration renewBefore,
            Clock clock) {
        this.documents = documents;
        this.timeStamps = timeStamps;
        this.renewBefore = renewBefore;
        this.clock = clock;
    }

    /** Renews what is due; a file that fails is logged and tried again the next night. */
    @Scheduled(
            cron = "${gongwen.archive.time-stamp-renewal-cron:0 30 2 * * *}",
            zone = "${gongwen.calendar.zone:Asia/Shanghai}")
    public int renewDue() {
        Instant due = clock.instant().plus(renewBefore);
        int renewed = 0;
        for (long id : documents.findIdsOfSigned()) {
            try {
                if (timeStamps.renewIfDue(id, due)) {
                    renewed++;
                }
            } catch (RuntimeException e) {
                log.error("Renewing the document time-stamp of document {} failed; tried again next time", id, e);
            }
        }
        if (renewed > 0) {
            log.info("Document time-stamps renewed on {} archived layout files", renewed);
        }
        return renewed;
    }
}
