package org.gongwen.receipt.verification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.gongwen.shared.Sha256;

/**
 * What reading a stored file found (its signatures, its pages and text), remembered by the SHA-256
 * of the file's bytes for the last few files. A fan-out to hundreds of units creates one sign-for
 * task per recipient, each showing the checks of the same file: the signatures are verified once
 * per file content, not once per recipient. The file is still read and hashed every time, so a file
 * changed in storage is a different key and is verified afresh. Only what depends on the bytes alone
 * may be remembered here; judgements that depend on time or on the database (certificate standing,
 * the attachments' stored files) are made on every check. Concurrent callers for the same file wait
 * for the one that verifies it.
 */
final class FileFindings<T> {

    private final Map<String, CompletableFuture<T>> found;

    FileFindings(int files) {
        this.found = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<T>> eldest) {
                return size() > files;
            }
        };
    }

    /** {@code read(file)}, or what it returned for a file with the same bytes; a failure is not remembered. */
    T of(byte[] file, Function<byte[], T> read) {
        return of(file == null ? null : Sha256.hex(file), file, read);
    }

    /** The same with the file's SHA-256 ({@link Sha256#hex}) already computed, for a file read several ways. */
    T of(String key, byte[] file, Function<byte[], T> read) {
        if (file == null) {
            return read.apply(null);
        }
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> earlier;
        synchronized (found) {
            earlier = found.putIfAbsent(key, mine);
        }
        if (earlier != null) {
            try {
                return earlier.join();
            } catch (CompletionException e) {
                // the first reader failed (and forgot the key): read it here as if alone
                return read.apply(file);
            }
        }
        try {
            T result = read.apply(file);
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            synchronized (found) {
                found.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
