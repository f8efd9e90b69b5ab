package org.gongwen.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command run to its end within a time limit, its output and errors going to a file, not a pipe: a
 * full pipe would stall the child, and reading a pipe to its end waits as long as a hung child does.
 * A child still running at the limit is killed and the test fails with the command and its output.
 */
public final class ChildProcess {

    /** The exit code and everything the command wrote. */
    public record Finished(int exit, String output) {}

    private ChildProcess() {}

    /** Runs {@code command} in {@code directory} (null: this process's). */
    public static Finished run(List<String> command, File directory, Duration limit)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("child-process", ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(String.join(" ", command) + " did not finish within " + limit
                        + "; its output:\n" + text(output));
            }
            return new Finished(process.exitValue(), text(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The file as UTF-8, a malformed byte read as a replacement character rather than failing. */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
