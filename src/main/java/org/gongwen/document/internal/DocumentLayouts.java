package org.gongwen.document.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gongwen.document.AttachmentInfo;
import org.gongwen.document.BodyBlock;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.pdf.LayoutRenderer;
import org.gongwen.pdf.OfficialDocument;
import org.gongwen.seal.SealDirectory;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.FileContent;
import org.gongwen.shared.Sha256;
import org.springframework.stereotype.Component;

/** Turns a document into the GB/T 9704 layout: header, number, recipients, body, 版记. */
@Component
public class DocumentLayouts {

    private final LayoutRenderer renderer;
    private final OrganizationService organization;
    private final SealDirectory seals;
    private final DocxImporter docx;

    DocumentLayouts(LayoutRenderer renderer, OrganizationService organization, SealDirectory seals, DocxImporter docx) {
        this.docx = docx;
        this.renderer = renderer;
        this.organization = organization;
        this.seals = seals;
    }

    /** The unit whose header, number prefix and seal the document carries. */
    public UnitInfo issuer(DocumentInfo document) {
        return issuer(document.countyLevel(), document.unitId());
    }

    /** The issuer of a document of unit {@code unitId}, issued in the county government's name or not. */
    public UnitInfo issuer(boolean countyLevel, long unitId) {
        if (countyLevel) {
            return organization.units().stream()
                    .filter(u -> u.kind() == UnitKind.COUNTY_GOVERNMENT)
                    .findFirst()
                    .orElseThrow(() -> BusinessException.conflict("document.error.noCountyGovernment"));
        }
        return organization.unit(unitId).orElseThrow();
    }

    /**
     * The place of the seal the document will be stamped with, without its image: a layout made before
     * signing (the preview the leader approves) then breaks its pages exactly as the signed file will.
     */
    public OfficialDocument.Seal sealPlace(DocumentInfo document) {
        return OfficialDocument.Seal.reservation(
                seals.stampDiameterMm(issuer(document).id()));
    }

    /** The place of seal {@code sealId}, the one a document was signed with; the issuer's seal when unknown. */
    public OfficialDocument.Seal sealPlace(DocumentInfo document, Long sealId) {
        if (sealId == null) {
            return sealPlace(document);
        }
        var diameter = seals.diameterMm(sealId);
        return diameter.isPresent() ? OfficialDocument.Seal.reservation(diameter.getAsDouble()) : sealPlace(document);
    }

    public static String redHeader(UnitInfo issuer) {
        return issuer.fullName() + "文件";
    }

    /** The number as it will read; before numbering, the prefix and year with a blank sequence. */
    public String docNumberOrPlaceholder(DocumentInfo document, LocalDate today) {
        if (document.docNumber() != null) {
            return document.docNumber();
        }
        UnitInfo issuer = issuer(document);
        return (issuer.docPrefix() == null ? "" : issuer.docPrefix()) + "〔" + today.getYear() + "〕　号";
    }

    public byte[] render(DocumentInfo document, OfficialDocument.Seal seal, LocalDate today) {
        return render(document, null, seal, today);
    }

    /** With {@code bodyPdf} (or null), whose pages follow the typed body, which may then be empty. */
    public byte[] render(DocumentInfo document, byte[] bodyPdf, OfficialDocument.Seal seal, LocalDate today) {
        return render(document, bodyPdf, Map.of(), seal, today);
    }

    /** With the electronic attachments' files by attachment id, laid out or listed (see {@link #attachment}). */
    public byte[] render(
            DocumentInfo document,
            byte[] bodyPdf,
            Map<Long, byte[]> attachmentFiles,
            OfficialDocument.Seal seal,
            LocalDate today) {
        OfficialDocument layout = officialDocument(document, bodyPdf, attachmentFiles, seal, today);
        return printable(() -> renderer.render(layout));
    }

    public OfficialDocument officialDocument(
            DocumentInfo document, byte[] bodyPdf, OfficialDocument.Seal seal, LocalDate today) {
        return officialDocument(document, bodyPdf, Map.of(), seal, today);
    }

    /**
     * What the layout shows of {@code document}: the issuer's header, the number (or its placeholder),
     * the recipients' names, the body, with {@code today} as the date when the document has none.
     */
    public OfficialDocument officialDocument(
            DocumentInfo document,
            byte[] bodyPdf,
            Map<Long, byte[]> attachmentFiles,
            OfficialDocument.Seal seal,
            LocalDate today) {
        Map<Long, UnitInfo> units =
                organization.units().stream().collect(Collectors.toMap(UnitInfo::id, Function.identity()));
        UnitInfo issuer = issuer(document);
        List<OfficialDocument.Block> body = document.body().stream()
                .filter(b -> !b.text().isEmpty())
                .map(DocumentLayouts::block)
                .toList();
        if (body.isEmpty() && bodyPdf == null) {
            throw BusinessException.invalid("document.error.body");
        }
        LocalDate date = document.date() == null ? today : document.date();
        return new OfficialDocument(
                redHeader(issuer),
                null,
                urgency(document),
                docNumberOrPlaceholder(document, today),
                null,
                document.title(),
                names(document.recipients(), RecipientKind.MAIN, units, "、"),
                body,
                document.attachments().stream()
                        .map(a -> attachment(a, attachmentFiles.get(a.id())))
                        .toList(),
                document.signingOrgan(),
                date,
                seal,
                document.note(),
                document.recipients().stream()
                        .filter(r -> r.kind() == RecipientKind.COPY)
                        .map(r -> name(units.get(r.unitId())))
                        .toList(),
                document.printingOrgan() == null ? issuer.fullName() : document.printingOrgan(),
                document.printingDate() == null ? date : document.printingDate(),
                bodyPdf == null ? List.of() : BodyPdf.pages(bodyPdf));
    }

    /**
     * An attachment as the layout carries it: a PDF as page images and a .docx as typed text, both laid
     * out after the signature block so that the seal's signature covers them; any other file, or one that
     * cannot be laid out (encrypted, damaged, too many pages), listed with its digest as a separate file.
     */
    OfficialDocument.Attachment attachment(AttachmentInfo info, byte[] file) {
        if (info.paperOnly() || file == null) {
            return new OfficialDocument.Attachment(info.name(), info.paperOnly());
        }
        OfficialDocument.Content content;
        try {
            if (FileContent.PDF.mediaType().equals(info.mediaType())) {
                BodyPdf.check(file);
                content = new OfficialDocument.Pages(BodyPdf.pages(file));
            } else if (FileContent.DOCX.mediaType().equals(info.mediaType())) {
                ImportedBody text = docx.read(file);
                content = new OfficialDocument.Text(text.title(), text.blocks());
            } else {
                content = separate(file);
            }
        } catch (BusinessException e) {
            content = separate(file);
        }
        return new OfficialDocument.Attachment(info.name(), false, content);
    }

    private static OfficialDocument.SeparateFile separate(byte[] file) {
        return new OfficialDocument.SeparateFile(file.length, Sha256.hex(file));
    }

    /** Runs a rendering, turning characters the layout fonts lack into a {@link BusinessException}. */
    public static byte[] printable(Supplier<byte[]> rendering) {
        try {
            return rendering.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int at = message.indexOf("cannot print ");
            throw BusinessException.invalid(
                    "document.error.glyphs", at < 0 ? "?" : message.substring(at + "cannot print ".length()));
        }
    }

    private static OfficialDocument.Block block(BodyBlock block) {
        return block.level() == 0
                ? new OfficialDocument.Paragraph(block.text())
                : new OfficialDocument.Heading(block.level(), block.text());
    }

    private static OfficialDocument.Urgency urgency(DocumentInfo document) {
        return switch (document.urgency()) {
            case NONE -> OfficialDocument.Urgency.NONE;
            case URGENT -> OfficialDocument.Urgency.URGENT;
            case EXTRA_URGENT -> OfficialDocument.Urgency.EXTRA_URGENT;
        };
    }

    private static String names(
            List<RecipientEntry> recipients, RecipientKind kind, Map<Long, UnitInfo> units, String separator) {
        String joined = recipients.stream()
                .filter(r -> r.kind() == kind)
                .map(r -> name(units.get(r.unitId())))
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    private static String name(UnitInfo unit) {
        return unit == null ? "" : unit.fullName();
    }
}
