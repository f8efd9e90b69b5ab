package org.gongwen.document.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** Bytes stored once under their SHA-256, however many documents or recipients refer to them. */
@Entity
@Table(name = "document_content")
public class StoredContent {

    @Id
    private String sha256;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "mediumblob")
    private byte[] data;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredContent() {}

    StoredContent(String sha256, String mediaType, byte[] data, Instant createdAt) {
        this.sha256 = sha256;
        this.mediaType = mediaType;
        this.sizeBytes = data.length;
        this.data = data.clone();
        this.createdAt = createdAt;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getData() {
        return data.clone();
    }
}
