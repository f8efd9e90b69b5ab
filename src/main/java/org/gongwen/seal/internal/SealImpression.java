package org.gongwen.seal.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The scan of the paper seal impression (印模) a unit uploaded with its application (A19). */
@Entity
@Table(name = "seal_impression")
public class SealImpression {

    @Id
    @Column(name = "seal_id")
    private Long sealId;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private String filename;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "mediumblob")
    private byte[] data;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected SealImpression() {}

    public SealImpression(
            long sealId, String mediaType, String filename, byte[] data, String uploadedBy, Instant uploadedAt) {
        this.sealId = sealId;
        this.mediaType = mediaType;
        this.filename = filename;
        this.data = data.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getFilename() {
        return filename;
    }

    public byte[] getData() {
        return data.clone();
    }
}
