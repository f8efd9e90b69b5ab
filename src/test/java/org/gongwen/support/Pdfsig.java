package org.gongwen.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
        return ChildProcess.run(command, null, Duration.ofSeconds(60)).output();
    }
}
