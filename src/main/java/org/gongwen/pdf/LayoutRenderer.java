package org.gongwen.pdf;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gongwen.pdf.internal.DocumentLayout;
import org.gongwen.pdf.internal.LayoutFonts;
import org.gongwen.pdf.internal.LayoutFonts.Face;
import org.gongwen.pdf.internal.LayoutPdfWriter;
import org.gongwen.pdf.internal.LayoutSettings;
import org.gongwen.pdf.internal.LayoutVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lays an {@link OfficialDocument} out after GB/T 9704-2012 as PDF/A-2b with embedded font subsets.
 * The fonts are loaded when the bean is made, so a missing or glyph-less font stops the start-up with
 * a message naming the setting. Thread-safe.
 */
@Component
public class LayoutRenderer {

    private static final Logger log = LoggerFactory.getLogger(LayoutRenderer.class);
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final LayoutFonts fonts;
    private final DocumentLayout layout;

    public LayoutRenderer(LayoutSettings settings) {
        this.fonts = new LayoutFonts(settings.fonts());
        this.layout = new DocumentLayout(settings, fonts);
        for (Face face : Face.values()) {
            LayoutFonts.FaceInUse used = fonts.inUse(face);
            log.info(
                    "layout face {}: {} ({}, {}){}",
                    face.names().get(0),
                    used.family(),
                    used.source(),
                    used.file(),
                    used.substitute() ? " standing in" : "");
        }
        if (!fonts.unrecognised().isEmpty()) {
            log.warn(
                    "font files in {} not recognised as 方正小标宋简体, 仿宋_GB2312, 黑体 or 楷体_GB2312, so not used: {}",
                    fonts.folder(),
                    String.join(", ", fonts.unrecognised()));
        }
    }

    /** Which face prints each element, where it comes from and what GB/T 9704 expects there. */
    public LayoutFaces faces() {
        List<LayoutFaces.ElementFace> elements = new ArrayList<>();
        for (LayoutFaces.Element element : LayoutFaces.Element.values()) {
            Face face = switch (element) {
                case RED_HEADER, TITLE -> Face.TITLE;
                case HEADING1 -> Face.HEADING1;
                case SIGNER, HEADING2 -> Face.HEADING2;
                default -> Face.BODY;
            };
            LayoutFonts.FaceInUse used = fonts.inUse(face);
            if (element == LayoutFaces.Element.PAGE_NUMBER) {
                // GB/T 9704 7.5: page numbers in 宋体 half-width digits, the bundled Song face
                elements.add(new LayoutFaces.ElementFace(
                        element,
                        "宋体",
                        used.fallback(),
                        LayoutSettings.Fonts.FALLBACK_SERIF,
                        LayoutFaces.Source.BUNDLED,
                        false,
                        used.fallback()));
                continue;
            }
            elements.add(new LayoutFaces.ElementFace(
                    element,
                    face.names().get(0),
                    used.family(),
                    used.file(),
                    used.source(),
                    used.substitute(),
                    used.fallback()));
        }
        return new LayoutFaces(fonts.folder(), List.copyOf(elements), fonts.unrecognised());
    }

    /**
     * The {@linkplain LayoutVariant#OFFICIAL official} layout.
     *
     * @throws IllegalArgumentException when a character has no glyph in the face that would print it
     */
    public byte[] render(OfficialDocument doc) {
        return render(doc, LayoutVariant.OFFICIAL);
    }

    /**
     * The layout as {@code variant}; a copy {@linkplain LayoutVariant#NO_LEGAL_FORCE without legal force}
     * leaves out the document's seal image and 份号 but keeps the seal's place, so its pages break as
     * the official document's do.
     *
     * @throws IllegalArgumentException when a character has no glyph in the face that would print it
     */
    public byte[] render(OfficialDocument doc, LayoutVariant variant) {
        boolean official = variant == LayoutVariant.OFFICIAL;
        if (!official) {
            doc = withoutSealAndCopyNumber(doc);
        }
        checkGlyphs(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfOutputIntent intent = new PdfOutputIntent(
                "Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(SRGB));
        PdfADocument pdf = new PdfADocument(
                new LayoutPdfWriter(out, new WriterProperties().setFullCompressionMode(true)),
                PdfAConformance.PDF_A_2B,
                intent);
        pdf.getDocumentInfo()
                .setTitle(doc.title().replace('\n', ' '))
                .setAuthor(doc.signingOrgan())
                .setSubject(doc.docNumber());
        String separateFiles = SeparateFiles.list(doc.attachments());
        if (separateFiles != null) {
            pdf.getDocumentInfo().setMoreInfo(SeparateFiles.INFO_KEY, separateFiles);
        }
        layout.layOut(pdf, fonts.bind(), doc, official);
        return out.toByteArray();
    }

    /** The faces, for stamping a laid-out file in this module. */
    LayoutFonts fonts() {
        return fonts;
    }

    private static OfficialDocument withoutSealAndCopyNumber(OfficialDocument d) {
        return new OfficialDocument(
                d.redHeader(),
                null,
                d.urgency(),
                d.docNumber(),
                d.signer(),
                d.title(),
                d.mainRecipients(),
                d.body(),
                d.attachments(),
                d.signingOrgan(),
                d.date(),
                d.seal() == null ? null : d.seal().withoutImage(),
                d.note(),
                d.copyRecipients(),
                d.printingOrgan(),
                d.printingDate(),
                d.bodyPageImages());
    }

    private void checkGlyphs(OfficialDocument doc) {
        Set<String> missing = new TreeSet<>();
        missing.addAll(fonts.missing(Face.TITLE, doc.redHeader() + doc.title()));
        StringBuilder body = new StringBuilder(doc.docNumber()).append(doc.signingOrgan());
        append(body, doc.mainRecipients(), doc.note(), doc.printingOrgan());
        doc.copyRecipients().forEach(body::append);
        doc.attachments().forEach(a -> body.append(a.name()));
        StringBuilder heading1 = new StringBuilder(doc.urgency().label());
        StringBuilder heading2 = new StringBuilder(doc.signer() == null ? "" : doc.signer());
        List<OfficialDocument.Block> blocks = new ArrayList<>(doc.body());
        for (int i = 0; i < doc.attachments().size(); i++) {
            OfficialDocument.Content content = doc.attachments().get(i).content();
            if (content instanceof OfficialDocument.Pages || content instanceof OfficialDocument.Text) {
                heading1.append(DocumentLayout.attachmentHeading(doc.attachments(), i));
            }
            if (content instanceof OfficialDocument.Text text) {
                missing.addAll(fonts.missing(Face.TITLE, text.title() == null ? "" : text.title()));
                blocks.addAll(text.blocks());
            }
        }
        for (OfficialDocument.Block block : blocks) {
            StringBuilder target = block instanceof OfficialDocument.Heading h && h.level() <= 2
                    ? (h.level() == 1 ? heading1 : heading2)
                    : body;
            target.append(block.text());
        }
        missing.addAll(fonts.missing(Face.BODY, body.toString()));
        missing.addAll(fonts.missing(Face.HEADING1, heading1.toString()));
        missing.addAll(fonts.missing(Face.HEADING2, heading2.toString()));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the layout fonts cannot print " + String.join("", missing));
        }
    }

    private static void append(StringBuilder target, String... texts) {
        for (String text : texts) {
            if (text != null) {
                target.append(text);
            }
        }
    }
}
