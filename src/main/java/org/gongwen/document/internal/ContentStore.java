package org.gongwen.document.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.gongwen.shared.Sha256;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Content-addressed storage in the database: bodies, drafts, layout files, attachments. */
@Component
public class ContentStore {

    private final StoredContentRepository contents;
    private final Clock clock;
    private final EntityManager entityManager;

    ContentStore(StoredContentRepository contents, Clock clock, EntityManager entityManager) {
        this.contents = contents;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Stores {@code data} unless the same bytes are already stored; returns their SHA-256. */
    @Transactional
    public String put(byte[] data, String mediaType) {
        String hash = Sha256.hex(data);
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

    /**
     * The bytes alone, not as a managed entity, which Hibernate would copy and compare at every flush of
     * the transaction (a fan-out job reads the signed files once per recipient). Not through a Spring
     * Data query method either: its result conversion would treat the byte array as a collection.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> get(String sha256) {
        return sha256 == null
                ? Optional.empty()
                : entityManager
                        .createQuery("select c.data from StoredContent c where c.sha256 = :sha256", byte[].class)
                        .setParameter("sha256", sha256)
                        .getResultStream()
                        .findFirst();
    }
}
