package org.gongwen.pdf.internal;

import static org.gongwen.pdf.internal.PageGrid.CHAR;
import static org.gongwen.pdf.internal.PageGrid.LINE;
import static org.gongwen.pdf.internal.PageGrid.SIZE_2;
import static org.gongwen.pdf.internal.PageGrid.SIZE_3;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.renderer.IRenderer;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gongwen.pdf.OfficialDocument;

/** Lays one {@link OfficialDocument} out on a PDF/A document, element by element in GB/T 9704 order. */
public final class DocumentLayout {

    private final LayoutSettings settings;
    private final Color red;

    public DocumentLayout(LayoutSettings settings, LayoutFonts fonts) {
        NoLegalForceMarking.requireGlyphs(fonts);
        this.settings = settings;
        this.red = red(settings.screenRed());
    }

    /**
     * Lays {@code doc} out; {@code official} false makes a copy without legal force (see {@link
     * NoLegalForceMarking}). The flow is first laid out on scratch documents to fit the signature block
     * to the last body page (see {@link LastPageFitting}); pages then break the same whether the seal is
     * printed or only its place is kept.
     */
    public void layOut(PdfDocument pdf, LayoutFonts.Bound fonts, OfficialDocument doc, boolean official) {
        HeaderDrawer header = new HeaderDrawer(settings, fonts, red);
        int titleLine = (int) Math.ceil((PageGrid.typeTop() - header.ruleY()) / LINE - 1e-3) + 2;
        LastPageFitting.Fitting fitting = doc.bodyPageImages().isEmpty()
                ? LastPageFitting.fit(trial -> addContent(scratch(fonts, trial), fonts, doc, titleLine, trial))
                : LastPageFitting.Fitting.NONE;
        Document document = document(pdf, fonts, fitting);
        addContent(document, fonts, doc, titleLine, fitting);
        attachmentPages(document, fonts, doc.attachments());
        document.flush();
        Set<Integer> unnumbered = colophon(pdf, document, new Flow(fonts), fonts.body(), doc);
        header.draw(new PdfCanvas(pdf.getFirstPage()), doc, official);
        PageNumbers.draw(pdf, fonts.serifFallback(), unnumbered);
        if (!official) {
            NoLegalForceMarking.draw(pdf, fonts);
        }
        document.close();
    }

    private static Document document(PdfDocument pdf, LayoutFonts.Bound fonts, LastPageFitting.Fitting fitting) {
        Document document = new Document(pdf, PageGrid.PAGE, false);
        document.setMargins(PageGrid.TOP, PageGrid.RIGHT, PageGrid.BOTTOM, PageGrid.LEFT);
        document.setFont(fonts.body());
        if (fitting.shortPage() > 0) {
            document.setRenderer(
                    new LastPageFitting.ShortPageRenderer(document, fitting.shortPage(), fitting.shortBottom()));
        }
        return document;
    }

    /**
     * A document for trying a fitting: laid out, never drawn nor closed, so the fonts bound to the real
     * document are only measured with, and nothing is written.
     */
    private static Document scratch(LayoutFonts.Bound fonts, LastPageFitting.Fitting fitting) {
        return document(new PdfDocument(new PdfWriter(OutputStream.nullOutputStream())), fonts, fitting);
    }

    /** Adds the flow from the title to the 附注 and reports where it went. */
    private LastPageFitting.Placement addContent(
            Document document,
            LayoutFonts.Bound fonts,
            OfficialDocument doc,
            int titleLine,
            LastPageFitting.Fitting fitting) {
        Flow flow = new Flow(fonts);
        document.add(title(flow, fonts.title(), doc.title()).setMarginTop(titleLine * LINE));
        if (doc.mainRecipients() != null) {
            document.add(flow.composed(fonts.body(), SIZE_3, doc.mainRecipients() + "：", 0, 0)
                    .setMarginTop(LINE));
        }
        LayoutArea startArea = document.getRenderer().getCurrentArea();
        int startPage = startArea.getPageNumber();
        float startTop = startArea.getBBox().getTop();
        List<OfficialDocument.Block> blocks = doc.body();
        int[] blockEndPages = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            document.add(block(new Flow(fonts, fitting.pitchOf(i)), fonts, blocks.get(i)));
            blockEndPages[i] = document.getRenderer().getCurrentArea().getPageNumber();
        }
        LayoutArea end = document.getRenderer().getCurrentArea();
        int bodyEndPage = end.getPageNumber();
        float bodyEndTop = end.getBBox().getTop();
        if (bodyEndPage > startPage && bodyEndTop > PageGrid.typeTop() - 0.5f) {
            // the body filled its last page to the bottom and the flow already stands on the next one
            bodyEndPage--;
            bodyEndTop = PageGrid.BOTTOM;
        }
        doc.bodyPageImages().forEach(page -> {
            document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            document.add(bodyPage(page));
        });
        Flow tailFlow = new Flow(fonts, fitting.pitchOf(blocks.size()));
        Div tail = tail(fonts.body(), doc, tailFlow);
        document.add(tail);
        int tailEndPage = document.getRenderer().getCurrentArea().getPageNumber();
        IRenderer root = document.getRenderer();
        return new LastPageFitting.Placement(
                startPage,
                startTop,
                blockEndPages,
                bodyEndPage,
                bodyEndTop,
                tailEndPage,
                height(tail(fonts.body(), doc, flow), root));
    }

    /** 附件说明, 署名, 成文日期 with the seal, and 附注: kept together. */
    private Div tail(PdfFont font, OfficialDocument doc, Flow tailFlow) {
        Div tail = new Div().setKeepTogether(true);
        attachments(tailFlow, font, doc.attachments()).forEach(tail::add);
        tail.add(SignatureBlock.create(doc, font, tailFlow));
        if (doc.note() != null && !doc.note().isBlank()) {
            tail.add(tailFlow.composed(font, SIZE_3, "（" + doc.note() + "）", 2 * CHAR, 0));
        }
        return tail;
    }

    private static float height(IBlockElement element, IRenderer parent) {
        IRenderer renderer = element.createRendererSubTree().setParent(parent);
        renderer.layout(new LayoutContext(new LayoutArea(1, new Rectangle(PageGrid.WIDTH, 4 * PageGrid.HEIGHT))));
        return renderer.getOccupiedArea().getBBox().getHeight();
    }

    /**
     * Draws the 版记 at the foot of an even page, the last side of the sheet (GB/T 9704 7.5): on the last
     * page when it is even and the 版记 fits there, else on a page of its own after a blank page when
     * needed. Returns the pages added, which carry no page number.
     */
    private Set<Integer> colophon(PdfDocument pdf, Document document, Flow flow, PdfFont font, OfficialDocument doc) {
        Colophon colophon = new Colophon(doc, font, flow);
        if (!colophon.present()) {
            return Set.of();
        }
        int last = pdf.getNumberOfPages();
        LayoutArea area = document.getRenderer().getCurrentArea();
        boolean fits = area != null
                && area.getPageNumber() == last
                && area.getBBox().getHeight() >= colophon.height(document.getRenderer());
        if (last % 2 == 0 && fits) {
            colophon.draw(pdf.getLastPage(), document.getRenderer());
            return Set.of();
        }
        Set<Integer> added = new TreeSet<>();
        if (last % 2 == 0) {
            pdf.addNewPage(PageGrid.PAGE);
            added.add(pdf.getNumberOfPages());
        }
        pdf.addNewPage(PageGrid.PAGE);
        added.add(pdf.getNumberOfPages());
        colophon.draw(pdf.getLastPage(), document.getRenderer());
        return added;
    }

    /**
     * The attachments laid out after the signature block and before the 版记 (GB/T 9704 7.4.1), each from
     * a new page: "附件" and its number in 黑体 flush left on the first line, a typed attachment's title
     * centred on the third line, then its text or its pages fitted below.
     */
    private void attachmentPages(
            Document document, LayoutFonts.Bound fonts, List<OfficialDocument.Attachment> attachments) {
        for (int i = 0; i < attachments.size(); i++) {
            OfficialDocument.Content content = attachments.get(i).content();
            if (!(content instanceof OfficialDocument.Pages) && !(content instanceof OfficialDocument.Text)) {
                continue;
            }
            Flow flow = new Flow(fonts);
            document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            document.add(flow.composed(fonts.heading1(), SIZE_3, attachmentHeading(attachments, i), 0, 0));
            if (content instanceof OfficialDocument.Text text) {
                if (text.title() != null && !text.title().isBlank()) {
                    document.add(title(flow, fonts.title(), text.title()).setMarginTop(LINE));
                }
                text.blocks().forEach(block -> document.add(block(flow, fonts, block)));
            } else if (content instanceof OfficialDocument.Pages pages) {
                for (int page = 0; page < pages.pngs().size(); page++) {
                    if (page > 0) {
                        document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                    }
                    // the first page shares its page with the heading line
                    document.add(bodyPage(pages.pngs().get(page), PageGrid.HEIGHT - (page == 0 ? 2 * LINE : 0)));
                }
            }
        }
    }

    /** "附件" with the attachment's number in the 附件说明; without one when it lists a single attachment. */
    public static String attachmentHeading(List<OfficialDocument.Attachment> attachments, int index) {
        return attachments.size() == 1 ? "附件" : "附件" + (index + 1);
    }

    /** A body page given as an image, scaled to fit the type area and centred in it. */
    private static Image bodyPage(byte[] png) {
        return bodyPage(png, PageGrid.HEIGHT);
    }

    private static Image bodyPage(byte[] png, float height) {
        Image image = new Image(ImageDataFactory.create(png));
        image.scaleToFit(PageGrid.WIDTH, height - 1);
        float left = (PageGrid.WIDTH - image.getImageScaledWidth()) / 2;
        return image.setMargins(0, 0, 0, Math.max(0, left));
    }

    /** The 标题, broken by sense into lines (see {@link TitleLines}). */
    private Paragraph title(Flow flow, PdfFont font, String title) {
        String lines =
                String.join("\n", TitleLines.of(title, text -> flow.fonts().width(font, text, SIZE_2), PageGrid.WIDTH));
        return flow.paragraph(font, SIZE_2, lines).setCharacterSpacing(0).setTextAlignment(TextAlignment.CENTER);
    }

    private Div block(Flow flow, LayoutFonts.Bound fonts, OfficialDocument.Block block) {
        PdfFont font = fonts.body();
        if (block instanceof OfficialDocument.Heading heading) {
            font = switch (heading.level()) {
                case 1 -> fonts.heading1();
                case 2 -> fonts.heading2();
                default -> fonts.body();
            };
        }
        return flow.composed(font, SIZE_3, block.text(), 2 * CHAR, 0);
    }

    /** 附件说明: "附件：" 2 characters in, a long name wrapped under its own first character (GB/T 9704 7.3.6). */
    private List<Div> attachments(Flow flow, PdfFont font, List<OfficialDocument.Attachment> attachments) {
        List<Div> lines = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            OfficialDocument.Attachment attachment = attachments.get(i);
            String number = attachments.size() == 1 ? "" : (i + 1) + ". ";
            String text = number + attachment.name() + (attachment.paperOnly() ? "（纸质送达）" : "");
            float nameIndent = 5 * CHAR + flow.composedWidth(font, SIZE_3, number);
            Div line =
                    flow.composed(font, SIZE_3, i == 0 ? "附件：" + text : text, i == 0 ? 2 * CHAR : 5 * CHAR, nameIndent);
            if (i == 0) {
                line.setMarginTop(flow.pitch());
            }
            lines.add(line);
        }
        return lines;
    }

    static Color red(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalStateException("gongwen.layout.screen-red must be #RRGGBB: " + hex);
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new DeviceRgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
