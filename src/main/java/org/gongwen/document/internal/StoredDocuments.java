package org.gongwen.document.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.document.BodyBlock;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.RecipientEntry;
import org.gongwen.organization.UnitInfo;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.springframework.stereotype.Component;

/**
 * A stored document read as the module's services need it, without any caller check: its info (the
 * body parsed), its files, its issuer from its columns alone.
 */
@Component
public class StoredDocuments {

    private static final TypeReference<List<BodyBlock>> BLOCKS = new TypeReference<>() {};

    private final DocumentRepository documents;
    private final ContentStore contents;
    private final DocumentLayouts layouts;
    private final ObjectMapper json;
    private final Clock clock;
    private final CountyZone zone;

    StoredDocuments(
            DocumentRepository documents,
            ContentStore contents,
            DocumentLayouts layouts,
            ObjectMapper json,
            Clock clock,
            CountyZone zone) {
        this.documents = documents;
        this.contents = contents;
        this.layouts = layouts;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
    }

    /** @throws BusinessException not found */
    public Document require(long id) {
        return documents.findById(id).orElseThrow(() -> BusinessException.notFound("document.error.notFound", id));
    }

    public DocumentInfo info(Document d) {
        return new DocumentInfo(
                d.getId() == null ? 0 : d.getId(),
                d.getUnitId(),
                d.getDrafter(),
                d.getKind(),
                d.getTitle(),
                d.getUrgency(),
                d.getSecrecy(),
                d.isCountyLevel(),
                d.getDocNumber(),
                d.getStatus(),
                recipientsOf(d),
                body(d),
                d.attachmentInfos(),
                d.getSigningOrgan(),
                d.getDate(),
                d.getNote(),
                d.getPrintingOrgan(),
                d.getPrintingDate(),
                d.getDocxSha256() != null,
                d.getBodyPdfSha256() != null,
                d.getLayoutSha256() != null,
                d.getUpdatedAt(),
                d.getSentAt());
    }

    /** Read as values unless already loaded (or not yet stored), so that no recipient entities stay managed. */
    private List<RecipientEntry> recipientsOf(Document d) {
        return d.getId() == null || d.recipientsLoaded()
                ? d.recipientEntries()
                : documents.findRecipientEntries(d.getId());
    }

    /** The unit whose header, number and seal the document carries, read without parsing its body. */
    public UnitInfo issuer(Document d) {
        return layouts.issuer(d.isCountyLevel(), d.getUnitId());
    }

    public List<BodyBlock> body(Document document) {
        return contents.get(document.getBodySha256())
                .map(bytes -> {
                    try {
                        return json.readValue(bytes, BLOCKS);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .orElse(List.of());
    }

    /** The stored PDF body, or null. */
    public byte[] bodyPdf(Document document) {
        return contents.get(document.getBodyPdfSha256()).orElse(null);
    }

    /** The electronic attachments' files by attachment id, for the layout. */
    public Map<Long, byte[]> attachmentFiles(Document document) {
        Map<Long, byte[]> files = new HashMap<>();
        for (DocumentAttachment attachment : document.getAttachments()) {
            if (attachment.getId() != null && attachment.getContentSha256() != null) {
                contents.get(attachment.getContentSha256()).ifPresent(data -> files.put(attachment.getId(), data));
            }
        }
        return files;
    }

    /** The signed layout file once it exists, else the draft layout. */
    public byte[] layout(Document document) {
        return contents.get(document.getLayoutSha256()).orElseGet(() -> {
            DocumentInfo info = info(document);
            return layouts.render(
                    info, bodyPdf(document), attachmentFiles(document), layouts.sealPlace(info), zone.today(clock));
        });
    }
}
