package org.gongwen.document.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Content-addressed storage in the database: bodies, drafts, layout files, attachments. */
@Component
public class ContentStore {

    private final StoredContentRepository contents;
    private final Clock clock;

    ContentStore(StoredContentRepository contents, Clock clock) {
        this.contents = contents;
        this.clock = clock;
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores {@code data} unless the same bytes are already stored; returns their SHA-256. */
    @Transactional
    public String put(byte[] data, String mediaType) {
        String hash = sha256(data);
        if (!contents.existsById(hash)) {
            contents.save(new StoredContent(hash, mediaType, data, clock.instant()));
        }
        return hash;
    }

    /** When these bytes were first stored, without reading them. */
    @Transactional(readOnly = true)
    public Optional<Instant> storedAt(String sha256) {
        return sha256 == null ? Optional.empty() : contents.findCreatedAt(sha256);
    }

    /** The size of the stored bytes, without reading them; 0 for nothing stored. */
    @Transactional(readOnly = true)
    public long size(String sha256) {
        return sha256 == null ? 0 : contents.findSizeBytes(sha256).orElse(0L);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> get(String sha256) {
        return sha256 == null ? Optional.empty() : contents.findById(sha256).map(StoredContent::getData);
    }
}
