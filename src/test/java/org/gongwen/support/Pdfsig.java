package org.gongwen.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's {@code pdfsig} as a second, independent verifier of signed PDFs, with the county CA
 * (or any root) trusted through a throw-away NSS database made with {@code certutil}.
 */
public final class Pdfsig {

    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");
    private static final Path CERTUTIL = Path.of("/usr/bin/certutil");

    private Pdfsig() {}

    /**
     * Stops the calling test as skipped, with the reason, when pdfsig or certutil is missing: a test whose
     * pdfsig half could not run is reported so, never passed.
     */
    public static void assumeAvailable() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                available(), "pdfsig (poppler-utils) or certutil (libnss3-tools) is not installed");
    }

    public static boolean available() {
        return Files.isExecutable(PDFSIG) && Files.isExecutable(CERTUTIL);
    }

    /** pdfsig's report on {@code pdf}, with {@code trustedRootPem} trusted as a CA. */
    public static String report(byte[] pdf, String trustedRootPem, Path dir) throws IOException, InterruptedException {
        Path nss = Files.createDirectories(dir.resolve("nss"));
        Path root = dir.resolve("root.pem");
        Path file = dir.resolve("signed.pdf");
        Files.writeString(root, trustedRootPem);
        Files.write(file, pdf);
        run(List.of(CERTUTIL.toString(), "-N", "-d", "sql:" + nss, "--empty-password"));
        run(List.of(
                CERTUTIL.toString(),
                "-A",
                "-d",
                "sql:" + nss,
                "-n",
                "root",
                "-t",
                "CT,C,C",
                "-a",
                "-i",
                root.toString()));
        return run(List.of(PDFSIG.toString(), "-nssdir", "sql:" + nss, file.toString()));
    }

    /** The report's sections, one per signature in the file's order ("Signature #1:" first). */
    public static List<String> signatures(String report) {
        List<String> sections = new ArrayList<>(List.of(report.split("(?m)^Signature #\\d+:")));
        sections.remove(0); // the header naming the file
        return sections;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        // output to a file, not a pipe: a full pipe would stall the tool until the timeout
        Path output = Files.createTempFile("pdfsig", ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within 60 s");
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
