package org.gongwen.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongwen.document.AttachmentInfo;

@Entity
@Table(name = "document_attachment")
public class DocumentAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "content_sha256")
    private String contentSha256;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "paper_only", nullable = false)
    private boolean paperOnly;

    @Column(nullable = false)
    private int position;

    protected DocumentAttachment() {}

    DocumentAttachment(
            String name, String contentSha256, String mediaType, long sizeBytes, boolean paperOnly, int position) {
        this.name = name;
        this.contentSha256 = contentSha256;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.paperOnly = paperOnly;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    AttachmentInfo toInfo() {
        return new AttachmentInfo(id == null ? 0 : id, name, mediaType, sizeBytes, paperOnly);
    }
}
