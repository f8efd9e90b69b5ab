package org.gongwen.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What a load run is pointed at and how hard it pushes; system properties, passed on by the Gatling plugin. */
final class LoadSettings {

    /** Nodes of one county, comma-separated; each virtual user stays on one of them (round robin). */
    static final List<String> BASE_URLS = Arrays.stream(
                    System.getProperty("load.baseUrls", "http://127.0.0.1:8080").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
    /** Password of the demo county's accounts ({@code gongwen.demo.password}). */
    static final String PASSWORD = System.getProperty("load.password", "Gongwen@2026");
    /** Virtual users at once; the mix below is scaled to this number. */
    static final int USERS = Integer.getInteger("load.users", 100);
    /** How long every virtual user keeps working once started. */
    static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("load.durationSeconds", 180));
    /** Over how long the users arrive. */
    static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.rampSeconds", 30));
    /** Documents the setup issues to every receiving unit before the measured run. */
    static final int SETUP_DOCUMENTS = Integer.getInteger("load.setupDocuments", 4);
    /** Longest wait for a process step done by the job executor (approval hand-over, stamping, fan-out). */
    static final Duration ASYNC_TIMEOUT = Duration.ofSeconds(Integer.getInteger("load.asyncTimeoutSeconds", 300));

    private LoadSettings() {}
}
