package org.gongwen.pdf.internal.ofd;

import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ofdrw.core.basicStructure.doc.CT_CommonData;
import org.ofdrw.core.basicStructure.doc.CT_PageArea;
import org.ofdrw.core.basicStructure.doc.Document;
import org.ofdrw.core.basicStructure.ofd.DocBody;
import org.ofdrw.core.basicStructure.ofd.OFD;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicStructure.pageTree.Pages;
import org.ofdrw.core.basicStructure.res.CT_MultiMedia;
import org.ofdrw.core.basicStructure.res.MediaType;
import org.ofdrw.core.basicStructure.res.Res;
import org.ofdrw.core.basicStructure.res.resources.Fonts;
import org.ofdrw.core.basicStructure.res.resources.MultiMedias;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.basicType.ST_Loc;
import org.ofdrw.core.basicType.ST_RefID;
import org.ofdrw.core.customTags.CustomTag;
import org.ofdrw.core.customTags.CustomTags;
import org.ofdrw.core.pageDescription.color.color.CT_Color;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;

/**
 * Writes PDF page drawings as one OFD document (GB/T 33190): each text run a TextObject whose TextCode
 * places every glyph where the PDF placed it (X, Y and DeltaX in millimetres from the top left), each
 * path a PathObject, each image an ImageObject over a PNG; the fonts in the public resources, the images
 * in the document resources, the metadata in OFD.xml and the semantic tags in Doc_0/Tags. The package is
 * put together in memory ({@link OfdPackage}) with ofdrw's elements, not in ofdrw's temporary directory: writing,
 * zipping and deleting some forty files on disk took a third of a conversion (docs/benchmarks.md).
 */
final class OfdWriter {

    static final double MM_PER_PT = 25.4 / 72;
    private static final String DOC = "Doc_0/";

    private final List<PageDrawing> pages;
    private long lastId;
    private final Map<EmbeddedFont, Long> fontIds = new LinkedHashMap<>();
    private final List<List<Long>> objectIds = new ArrayList<>();
    private final List<Long> pageIds = new ArrayList<>();

    OfdWriter(List<PageDrawing> pages) {
        this.pages = pages;
    }

    /** The OFD; {@code tags} gets the id of each page and object once they are written. */
    byte[] write(CT_DocInfo info, DocumentTags tags) {
        OfdPackage ofd = OfdPackage.create();
        Res publicRes = new Res().setBaseLoc(new ST_Loc("Res"));
        Res documentRes = new Res().setBaseLoc(new ST_Loc("Res"));
        Fonts fonts = new Fonts();
        MultiMedias media = new MultiMedias();
        Pages pageTree = new Pages();
        for (int p = 0; p < pages.size(); p++) {
            long pageId = ++lastId;
            pageIds.add(pageId);
            String content = "Pages/Page_" + p + "/Content.xml";
            ofd.putOfdXml(DOC + content, page(pages.get(p), ofd, fonts, media));
            pageTree.addPage(new org.ofdrw.core.basicStructure.pageTree.Page()
                    .setID(new ST_ID(pageId))
                    .setBaseLoc(new ST_Loc(content)));
        }
        publicRes.addResource(fonts);
        if (!media.getMultiMedias().isEmpty()) {
            documentRes.addResource(media);
        }
        ofd.putOfdXml(DOC + "PublicRes.xml", publicRes);
        ofd.putOfdXml(DOC + "DocumentRes.xml", documentRes);
        CustomTags customTags = new CustomTags()
                .addCustomTag(
                        new CustomTag().setNameSpace(DocumentTags.NAMESPACE).setFileLoc(new ST_Loc("CustomTag.xml")));
        ofd.putOfdXml(DOC + "Tags/CustomTags.xml", customTags);
        ofd.put(DOC + "Tags/CustomTag.xml", tags.xml(pageIds, objectIds));
        PageDrawing first = pages.get(0);
        Document document = new Document()
                .setCommonData(new CT_CommonData()
                        .setMaxUnitID(lastId)
                        .setPageArea(new CT_PageArea().setPhysicalBox(0, 0, mm(first.widthPt()), mm(first.heightPt())))
                        .setPublicRes(new ST_Loc("PublicRes.xml"))
                        .setDocumentRes(new ST_Loc("DocumentRes.xml")))
                .setPages(pageTree)
                .setCustomTags(new ST_Loc("Tags/CustomTags.xml"));
        ofd.putOfdXml(DOC + "Document.xml", document);
        ofd.putOfdXml(
                "OFD.xml",
                new OFD().addDocBody(new DocBody().setDocInfo(info).setDocRoot(new ST_Loc("Doc_0/Document.xml"))));
        return ofd.toBytes();
    }

    private Page page(PageDrawing drawing, OfdPackage ofd, Fonts fonts, MultiMedias media) {
        CT_Layer layer = new CT_Layer();
        layer.setObjID(++lastId);
        List<Long> ids = new ArrayList<>();
        for (PageDrawing.Item item : drawing.items()) {
            long id = ++lastId;
            ids.add(id);
            if (item instanceof PageDrawing.TextRun run) {
                layer.addPageBlock(text(run, drawing.heightPt(), id, font(run.font(), ofd, fonts)));
            } else if (item instanceof PageDrawing.Shape shape) {
                layer.addPageBlock(path(shape, drawing.heightPt(), id));
            } else if (item instanceof PageDrawing.Picture picture) {
                long mediaId = ++lastId;
                String file = "image_" + mediaId + ".png";
                ofd.put(DOC + "Res/" + file, picture.png());
                media.addMultiMedia(new CT_MultiMedia()
                        .setID(new ST_ID(mediaId))
                        .setType(MediaType.Image)
                        .setFormat("PNG")
                        .setMediaFile(new ST_Loc(file)));
                layer.addPageBlock(image(picture, drawing.heightPt(), id, mediaId));
            }
        }
        objectIds.add(ids);
        Page page = new Page();
        page.setContent(new Content().addLayer(layer));
        return page;
    }

    private long font(EmbeddedFont font, OfdPackage ofd, Fonts fonts) {
        Long known = fontIds.get(font);
        if (known != null) {
            return known;
        }
        long id = ++lastId;
        fontIds.put(font, id);
        CT_Font entry = new CT_Font().setID(id).setFontName(font.name()).setFamilyName(font.name());
        byte[] file = font.file();
        if (file != null) {
            ofd.put(DOC + "Res/" + font.fileName(), file);
            entry.setFontFile(font.fileName());
        }
        fonts.addFont(entry);
        return id;
    }

    private static TextObject text(PageDrawing.TextRun run, double pageHeight, long id, long fontId) {
        double size = mm(run.size());
        double left = mm(run.left());
        double baseline = mm(pageHeight - run.baseline());
        Rectangle2D box = new Rectangle2D.Double(
                left - 0.2 * size, baseline - 1.1 * size, mm(run.right() - run.left()) + 0.4 * size, 1.4 * size);
        TextObject text = new TextObject(new ST_ID(id));
        text.setBoundary(boundary(box)).setFont(fontId).setSize(round(size));
        if (run.hScale() != 1) {
            text.setHScale(round(run.hScale()));
        }
        if (run.rgb() != 0) {
            text.setFillColor(colour(run.rgb()));
        }
        TextCode code = new TextCode().setContent(run.text());
        code.setCoordinate(round(left - box.getX()), round(baseline - box.getY()));
        List<String> deltas = new ArrayList<>();
        for (int i = 1; i < run.glyphs().size(); i++) {
            PageDrawing.Glyph glyph = run.glyphs().get(i - 1);
            deltas.add(number(mm(run.glyphs().get(i).x() - glyph.x())));
            for (int extra = 1;
                    extra < glyph.unicode().codePointCount(0, glyph.unicode().length());
                    extra++) {
                deltas.add("0");
            }
        }
        if (!deltas.isEmpty()) {
            code.setDeltaX(new ST_Array(deltas.toArray(String[]::new)));
        }
        text.addTextCode(code);
        return text;
    }

    private static PathObject path(PageDrawing.Shape shape, double pageHeight, long id) {
        double lineWidth = mm(shape.lineWidth());
        Rectangle2D bounds = shape.path().getBounds2D();
        Rectangle2D box = new Rectangle2D.Double(
                mm(bounds.getX()) - lineWidth,
                mm(pageHeight - bounds.getMaxY()) - lineWidth,
                mm(bounds.getWidth()) + 2 * lineWidth,
                mm(bounds.getHeight()) + 2 * lineWidth);
        StringBuilder data = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.path().getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            String op = switch (type) {
                case PathIterator.SEG_MOVETO -> "M";
                case PathIterator.SEG_LINETO -> "L";
                case PathIterator.SEG_QUADTO -> "Q";
                case PathIterator.SEG_CUBICTO -> "B";
                default -> "C";
            };
            data.append(data.isEmpty() ? "" : " ").append(op);
            int points = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 1;
                case PathIterator.SEG_QUADTO -> 2;
                case PathIterator.SEG_CUBICTO -> 3;
                default -> 0;
            };
            for (int i = 0; i < points; i++) {
                data.append(' ')
                        .append(number(mm(c[2 * i]) - box.getX()))
                        .append(' ')
                        .append(number(mm(pageHeight - c[2 * i + 1]) - box.getY()));
            }
        }
        PathObject path = new PathObject(new ST_ID(id));
        path.setBoundary(boundary(box));
        path.setStroke(shape.stroke()).setFill(shape.fill());
        if (shape.stroke()) {
            path.setLineWidth(round(lineWidth));
            path.setStrokeColor(colour(shape.strokeRgb()));
        }
        if (shape.fill()) {
            path.setFillColor(colour(shape.fillRgb()));
            if (shape.evenOdd()) {
                path.setRule(org.ofdrw.core.graph.pathObj.Rule.Even_Odd);
            }
        }
        path.setOFDEntity("AbbreviatedData", data.toString());
        return path;
    }

    private static ImageObject image(PageDrawing.Picture picture, double pageHeight, long id, long mediaId) {
        Rectangle2D b = picture.box();
        Rectangle2D box =
                new Rectangle2D.Double(mm(b.getX()), mm(pageHeight - b.getMaxY()), mm(b.getWidth()), mm(b.getHeight()));
        ImageObject image = new ImageObject(new ST_ID(id));
        image.setBoundary(boundary(box));
        image.setCTM(new ST_Array(number(box.getWidth()), "0", "0", number(box.getHeight()), "0", "0"));
        image.setResourceID(new ST_RefID(mediaId));
        return image;
    }

    private static ST_Box boundary(Rectangle2D box) {
        return new ST_Box(round(box.getX()), round(box.getY()), round(box.getWidth()), round(box.getHeight()));
    }

    private static CT_Color colour(int rgb) {
        return CT_Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    static double mm(double pt) {
        return pt * MM_PER_PT;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text.equals("-0") ? "0" : text;
    }
}
