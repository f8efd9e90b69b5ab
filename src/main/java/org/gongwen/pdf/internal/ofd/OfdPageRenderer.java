package org.gongwen.pdf.internal.ofd;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceCmyk;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dom4j.Element;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.pageDescription.CT_GraphicUnit;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.OFDReader;

/**
 * Draws one OFD page's layers on a PDF page whose coordinates are turned to the OFD's (millimetres from
 * the top left): text glyph by glyph at its TextCode positions, paths, and images.
 */
final class OfdPageRenderer {

    static final double PT_PER_MM = 72 / 25.4;

    private final OFDReader reader;
    private final ViewerFonts fonts;

    OfdPageRenderer(OFDReader reader, ViewerFonts fonts) {
        this.reader = reader;
        this.fonts = fonts;
    }

    void draw(List<CT_Layer> layers, PdfCanvas canvas, double pageHeightMm) throws IOException {
        canvas.saveState().concatMatrix(PT_PER_MM, 0, 0, -PT_PER_MM, 0, pageHeightMm * PT_PER_MM);
        for (CT_Layer layer : layers) {
            blocks(layer.getPageBlocks(), canvas);
        }
        canvas.restoreState();
    }

    private void blocks(List<PageBlockType> blocks, PdfCanvas canvas) throws IOException {
        for (PageBlockType block : blocks) {
            if (block instanceof CT_PageBlock nested) {
                blocks(nested.getPageBlocks(), canvas);
            } else if (block instanceof TextObject text) {
                place(text, canvas);
                text(text, canvas);
                canvas.restoreState();
            } else if (block instanceof PathObject path) {
                place(path, canvas);
                path(path, canvas);
                canvas.restoreState();
            } else if (block instanceof ImageObject image && image.getResourceID() != null) {
                byte[] bytes = reader.getResMgt()
                        .getImageByteArray(image.getResourceID().toString());
                if (bytes != null) {
                    place(image, canvas);
                    canvas.addImageWithTransformationMatrix(ImageDataFactory.create(bytes), 1, 0, 0, -1, 0, 1);
                    canvas.restoreState();
                }
            }
        }
    }

    /** Saves the state and moves to the object's boundary, then applies its CTM. */
    private static void place(CT_GraphicUnit<?> object, PdfCanvas canvas) {
        ST_Box box = object.getBoundary();
        canvas.saveState().concatMatrix(1, 0, 0, 1, box.getTopLeftX(), box.getTopLeftY());
        ST_Array ctm = object.getCTM();
        if (ctm != null && ctm.size() == 6) {
            Double[] m = ctm.toDouble();
            canvas.concatMatrix(m[0], m[1], m[2], m[3], m[4], m[5]);
        }
    }

    private void text(TextObject text, PdfCanvas canvas) {
        Color fill = colour(text.getFillColor(), new DeviceGray(0));
        double size = text.getSize();
        double hScale = text.getHScale() == null ? 1 : text.getHScale();
        String fontId = text.getFont().toString();
        canvas.setFillColor(fill).beginText().setHorizontalScaling((float) (hScale * 100));
        double x = 0;
        double y = 0;
        for (TextCode code : text.getTextCodes()) {
            x = code.getX() == null ? x : code.getX();
            y = code.getY() == null ? y : code.getY();
            String content = code.getContent();
            List<Double> deltaX = deltas(code.attributeValue("DeltaX"));
            List<Double> deltaY = deltas(code.attributeValue("DeltaY"));
            PdfFont current = null;
            int index = 0;
            for (int offset = 0; offset < content.length(); index++) {
                int codePoint = content.codePointAt(offset);
                offset += Character.charCount(codePoint);
                if (index > 0) {
                    x += index - 1 < deltaX.size() ? deltaX.get(index - 1) : 0;
                    y += index - 1 < deltaY.size() ? deltaY.get(index - 1) : 0;
                }
                PdfFont font = fonts.font(fontId, codePoint);
                if (font != current) {
                    canvas.setFontAndSize(font, (float) size);
                    current = font;
                }
                canvas.setTextMatrix(1, 0, 0, -1, (float) x, (float) y)
                        .showText(new String(Character.toChars(codePoint)));
            }
        }
        canvas.endText();
    }

    private static void path(PathObject path, PdfCanvas canvas) {
        Element element = path;
        boolean stroke = !"false".equals(element.attributeValue("Stroke"));
        boolean fill = "true".equals(element.attributeValue("Fill"));
        canvas.setLineWidth((float) (path.getLineWidth() == null ? 0.353 : path.getLineWidth()));
        canvas.setStrokeColor(colour(path.getStrokeColor(), new DeviceGray(0)));
        canvas.setFillColor(colour(path.getFillColor(), new DeviceGray(0)));
        String data = path.getAbbreviatedData();
        if (data == null || data.isBlank()) {
            return;
        }
        PathData.replay(data, canvas);
        boolean evenOdd = path.getRule() == org.ofdrw.core.graph.pathObj.Rule.Even_Odd;
        if (stroke && fill) {
            if (evenOdd) {
                canvas.eoFillStroke();
            } else {
                canvas.fillStroke();
            }
        } else if (fill) {
            if (evenOdd) {
                canvas.eoFill();
            } else {
                canvas.fill();
            }
        } else if (stroke) {
            canvas.stroke();
        } else {
            canvas.endPath();
        }
    }

    /** The colour's value (0 to 255 a component: grey, RGB or CMYK by count), or {@code otherwise}. */
    private static Color colour(org.ofdrw.core.pageDescription.color.color.CT_Color colour, Color otherwise) {
        if (colour == null || colour.getValue() == null) {
            return otherwise;
        }
        Double[] v = colour.getValue().toDouble();
        return switch (v.length) {
            case 1 -> new DeviceGray((float) (v[0] / 255));
            case 3 -> new DeviceRgb((int) Math.round(v[0]), (int) Math.round(v[1]), (int) Math.round(v[2]));
            case 4 ->
                new DeviceCmyk((float) (v[0] / 255), (float) (v[1] / 255), (float) (v[2] / 255), (float) (v[3] / 255));
            default -> otherwise;
        };
    }

    /** DeltaX or DeltaY with GB/T 33190's "g count value" runs expanded. */
    static List<Double> deltas(String attribute) {
        List<Double> deltas = new ArrayList<>();
        if (attribute == null || attribute.isBlank()) {
            return deltas;
        }
        String[] tokens = attribute.trim().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals("g") && i + 2 < tokens.length) {
                int count = Integer.parseInt(tokens[i + 1]);
                double value = Double.parseDouble(tokens[i + 2]);
                for (int n = 0; n < count; n++) {
                    deltas.add(value);
                }
                i += 2;
            } else {
                deltas.add(Double.parseDouble(tokens[i]));
            }
        }
        return deltas;
    }
}
