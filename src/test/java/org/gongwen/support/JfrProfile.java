package org.gongwen.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A Java Flight Recorder recording around a benchmark's measured part, only when asked for with
 * {@code -DargLine=-Dgongwen.benchmark.jfr=target/name.jfr} (JFR's "profile" settings: method
 * samples every 10 ms, JDBC and lock waits). Read it with {@code jfr print --events jdk.ExecutionSample}.
 */
public final class JfrProfile implements AutoCloseable {

    private final Recording recording;
    private final Path file;

    private JfrProfile(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    public static JfrProfile startIfAsked() {
        String file = System.getProperty("gongwen.benchmark.jfr");
        if (file == null || file.isBlank()) {
            return new JfrProfile(null, null);
        }
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.start();
            return new JfrProfile(recording, Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (recording != null) {
            recording.stop();
            recording.dump(file);
            recording.close();
        }
    }
}
