package org.gongwen.seal.internal;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A county CA certificate as last read from the database: every receipt check asks for it, and it
 * changes only when the CA is made (once) or a backup is restored, so it is read again only after
 * {@link #REREAD_AFTER}.
 */
final class RecentCaCertificate {

    static final Duration REREAD_AFTER = Duration.ofSeconds(60);

    private final Supplier<X509Certificate> reader;
    private volatile Read last;

    RecentCaCertificate(Supplier<X509Certificate> reader) {
        this.reader = reader;
    }

    X509Certificate get() {
        Read read = last;
        if (read == null || System.nanoTime() - read.atNanos() > REREAD_AFTER.toNanos()) {
            read = new Read(reader.get(), System.nanoTime());
            last = read;
        }
        return read.certificate();
    }

    private record Read(X509Certificate certificate, long atNanos) {}
}
