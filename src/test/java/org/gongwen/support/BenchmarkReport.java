package org.gongwen.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Writes benchmark tables into docs/benchmarks.md, one section per benchmark and database. */
public final class BenchmarkReport {

    private BenchmarkReport() {}

    public static String database() {
        return TestDatabaseProfiles.mysql() ? "MySQL/MariaDB" : "H2 (in memory)";
    }

    /** The machine's load average over 1, 5 and 15 minutes ("2.10 / 1.80 / 1.20"), as uptime shows it. */
    public static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
    }

    /** "| what | median | p95 | max |" from times in milliseconds. */
    public static String row(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f |",
                what,
                sorted[n / 2],
                sorted[Math.max(0, (int) Math.ceil(n * 0.95) - 1)],
                sorted[n - 1]);
    }

    /** Replaces the section titled {@code title} (for this database), keeping every other section. */
    public static void write(String title, String testClass, String method, List<String> tableLines)
            throws IOException {
        String fullTitle = "## " + title + ", " + database();
        String section = """
                %s

                `./mvnw verify -Pbenchmark%s` (class `%s`), %d processors, %s.
                %s

                %s
                """.formatted(
                        fullTitle,
                        TestDatabaseProfiles.mysql() ? " -Dgongwen.test.db=mysql" : "",
                        testClass,
                        Runtime.getRuntime().availableProcessors(),
                        LocalDate.now(),
                        method,
                        String.join("\n", tableLines));
        Path file = Path.of("docs/benchmarks.md");
        List<String> sections = new ArrayList<>();
        if (Files.exists(file)) {
            for (String part : Files.readString(file).split("\n(?=## )")) {
                if (part.startsWith("## ") && !part.startsWith(fullTitle)) {
                    sections.add(part.strip() + "\n");
                }
            }
        }
        sections.add(section);
        sections.sort(null);
        Files.writeString(file, "# Benchmarks\n\n" + String.join("\n", sections));
    }
}
