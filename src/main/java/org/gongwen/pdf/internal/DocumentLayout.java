package org.gongwen.pdf.internal;

import static org.gongwen.pdf.internal.PageGrid.CHAR;
import static org.gongwen.pdf.internal.PageGrid.LINE;
import static org.gongwen.pdf.internal.PageGrid.SIZE_2;
import static org.gongwen.pdf.internal.PageGrid.SIZE_3;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TextAlignment;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.pdf.LayoutSettings;
import org.gongwen.pdf.OfficialDocument;

/** Lays one {@link OfficialDocument} out on a PDF/A document, element by element in GB/T 9704 order. */
public final class DocumentLayout {

    private final LayoutSettings settings;
    private final Color red;
    private final Flow flow = new Flow();
    /** Body text, 主送, 附件说明 and 附注, composed line by line on the grid. */
    private final Typesetter typesetter = new Typesetter(LINE);

    public DocumentLayout(LayoutSettings settings, LayoutFonts fonts) {
        NoLegalForceMarking.requireGlyphs(fonts);
        this.settings = settings;
        this.red = red(settings.screenRed());
    }

    /** Lays {@code doc} out; {@code official} false makes a copy without legal force (see {@link NoLegalForceMarking}). */
    public void layOut(PdfDocument pdf, LayoutFonts.Bound fonts, OfficialDocument doc, boolean official) {
        HeaderDrawer header = new HeaderDrawer(settings, fonts, red);
        Document document = new Document(pdf, PageGrid.PAGE, false);
        document.setMargins(PageGrid.TOP, PageGrid.RIGHT, PageGrid.BOTTOM, PageGrid.LEFT);
        document.setFont(fonts.body());
        int titleLine = (int) Math.ceil((PageGrid.typeTop() - header.ruleY()) / LINE - 1e-3) + 2;
        document.add(title(fonts.title(), doc.title()).setMarginTop(titleLine * LINE));
        if (doc.mainRecipients() != null) {
            document.add(typesetter.paragraph(fonts, fonts.body(), SIZE_3, doc.mainRecipients() + "：", 0, 0)
                    .setMarginTop(LINE));
        }
        List<IBlockElement> body = new ArrayList<>();
        doc.body().forEach(block -> body.add(block(fonts, block)));
        Div tail = new Div().setKeepTogether(true);
        if (doc.bodyPageImages().isEmpty()) {
            tail.add(body.remove(body.size() - 1));
        }
        body.forEach(document::add);
        doc.bodyPageImages().forEach(page -> {
            document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            document.add(bodyPage(page));
        });
        attachments(fonts, doc.attachments()).forEach(tail::add);
        tail.add(SignatureBlock.create(doc, fonts.body(), flow));
        document.add(tail);
        if (doc.note() != null && !doc.note().isBlank()) {
            document.add(typesetter.paragraph(fonts, fonts.body(), SIZE_3, "（" + doc.note() + "）", 2 * CHAR, 0));
        }
        document.flush();
        int colophonOnly = colophon(pdf, document, fonts.body(), doc);
        header.draw(new PdfCanvas(pdf.getFirstPage()), doc, official);
        PageNumbers.draw(pdf, fonts.body(), colophonOnly);
        if (!official) {
            NoLegalForceMarking.draw(pdf, fonts);
        }
        document.close();
    }

    /** Draws the 版记 on the last page, or on a page of its own when it does not fit; returns that page or 0. */
    private int colophon(PdfDocument pdf, Document document, PdfFont font, OfficialDocument doc) {
        Colophon colophon = new Colophon(doc, font, flow);
        if (!colophon.present()) {
            return 0;
        }
        LayoutArea area = document.getRenderer().getCurrentArea();
        float free = area == null ? 0 : area.getBBox().getHeight();
        if (area != null && free >= colophon.height(document.getRenderer()) && area.getPageNumber() == pdf.getNumberOfPages()) {
            colophon.draw(pdf.getLastPage(), document.getRenderer());
            return 0;
        }
        pdf.addNewPage(PageGrid.PAGE);
        colophon.draw(pdf.getLastPage(), document.getRenderer());
        return pdf.getNumberOfPages();
    }

    /** A body page given as an image, scaled to fit the type area and centred in it. */
    private static Image bodyPage(byte[] png) {
        Image image = new Image(ImageDataFactory.create(png));
        image.scaleToFit(PageGrid.WIDTH, PageGrid.HEIGHT - 1);
        float left = (PageGrid.WIDTH - image.getImageScaledWidth()) / 2;
        return image.setMargins(0, 0, 0, Math.max(0, left));
    }

    private Paragraph title(PdfFont font, String title) {
        return flow.paragraph(font, SIZE_2, title).setCharacterSpacing(0).setTextAlignment(TextAlignment.CENTER);
    }

    private Div block(LayoutFonts.Bound fonts, OfficialDocument.Block block) {
        PdfFont font = fonts.body();
        if (block instanceof OfficialDocument.Heading heading) {
            font = switch (heading.level()) {
                case 1 -> fonts.heading1();
                case 2 -> fonts.heading2();
                default -> fonts.body();
            };
        }
        return typesetter.paragraph(fonts, font, SIZE_3, block.text(), 2 * CHAR, 0);
    }

    /** 附件说明: "附件：" 2 characters in, a long name wrapped under its own first character (GB/T 9704 7.3.6). */
    private List<Div> attachments(LayoutFonts.Bound fonts, List<OfficialDocument.Attachment> attachments) {
        List<Div> lines = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            OfficialDocument.Attachment attachment = attachments.get(i);
            String number = attachments.size() == 1 ? "" : (i + 1) + ". ";
            String text = number + attachment.name() + (attachment.paperOnly() ? "（纸质送达）" : "");
            float nameIndent = 5 * CHAR + typesetter.width(fonts, fonts.body(), SIZE_3, number);
            Div line = typesetter.paragraph(fonts, fonts.body(), SIZE_3, i == 0 ? "附件：" + text : text,
                    i == 0 ? 2 * CHAR : 5 * CHAR, nameIndent);
            if (i == 0) {
                line.setMarginTop(LINE);
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
