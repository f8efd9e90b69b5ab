package org.gongwen.seal.internal.image;

import static org.gongwen.shared.BusinessException.invalid;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.gongwen.pdf.PdfPages;
import org.gongwen.shared.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.NodeList;

/**
 * Checks an uploaded scan of a paper seal impression (印模) and decodes it. The type is taken from
 * the content only; sizes are checked from the header before any pixels are decoded.
 */
public final class ImpressionReader {

    static final double MIN_DPI = 150;
    static final int PDF_DPI = 400;

    private static final Logger log = LoggerFactory.getLogger(ImpressionReader.class);
    private static final double MM_PER_INCH = 25.4;
    private static final double POINTS_PER_INCH = 72;

    private final ImpressionLimits limits;

    public ImpressionReader(ImpressionLimits limits) {
        this.limits = limits;
    }

    /** Throws {@link BusinessException#invalid} with an {@code impression.error.*} key; never returns null. */
    public ImpressionScan read(String filename, byte[] data) {
        if (data == null || data.length == 0) {
            throw invalid("impression.error.empty");
        }
        if (data.length > limits.maxBytes()) {
            throw BusinessException.tooLarge("impression.error.tooLarge", limits.maxBytes() / (1024 * 1024));
        }
        ImpressionType type = ImpressionType.sniff(data).orElseThrow(() -> invalid("impression.error.type"));
        log.debug("reading impression {} as {}", filename, type);
        return type == ImpressionType.PDF ? readPdf(data) : readRaster(type, data);
    }

    private ImpressionScan readRaster(ImpressionType type, byte[] data) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw corrupt();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                checkPixels(reader.getWidth(0), reader.getHeight(0));
                double dotsPerMm = dotsPerMm(reader.getImageMetadata(0));
                // a truncated JPEG decodes "successfully" as grey, with only a warning to tell
                boolean[] warned = {false};
                reader.addIIOReadWarningListener((source, message) -> warned[0] = true);
                BufferedImage image = reader.read(0);
                if (image == null || warned[0]) {
                    throw corrupt();
                }
                return new ImpressionScan(type, data, image, dotsPerMm);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw asRefusal(e);
        }
    }

    private ImpressionScan readPdf(byte[] data) {
        try (PdfPages document = PdfPages.open(data)) {
            if (document.count() < 1) {
                throw corrupt();
            }
            checkPixels(toPixels(document.widthPt(0)), toPixels(document.heightPt(0)));
            BufferedImage image = document.render(0, PDF_DPI);
            return new ImpressionScan(ImpressionType.PDF, data, image, PDF_DPI / MM_PER_INCH);
        } catch (PdfPages.UnreadablePdfException e) {
            throw e.encrypted() ? invalid("impression.error.encrypted") : asRefusal(e);
        } catch (IOException | RuntimeException e) {
            throw asRefusal(e);
        }
    }

    private static int toPixels(float points) {
        return (int) Math.ceil(points / POINTS_PER_INCH * PDF_DPI);
    }

    /** Both checks run on header values, so a decompression bomb is refused before it is decoded. */
    private void checkPixels(int width, int height) {
        if (width > limits.maxPixels() || height > limits.maxPixels()) {
            throw invalid("impression.error.dimensionsTooLarge", limits.maxPixels());
        }
        if (Math.min(width, height) < limits.minPixels()) {
            throw invalid("impression.error.resolutionTooLow", limits.minPixels());
        }
    }

    /** The standard metadata tree gives millimetres per pixel for PNG (pHYs) and JPEG (JFIF density). */
    private double dotsPerMm(IIOMetadata metadata) {
        double dotsPerMm = limits.defaultDpi() / MM_PER_INCH;
        if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
            NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
            if (sizes.getLength() > 0) {
                double mmPerPixel = parse(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
                if (mmPerPixel > 0 && Double.isFinite(mmPerPixel)) {
                    dotsPerMm = 1 / mmPerPixel;
                }
            }
        }
        double dpi = dotsPerMm * MM_PER_INCH;
        if (dpi < MIN_DPI - 0.5) {
            throw invalid("impression.error.dpiTooLow", Math.round(dpi), (long) MIN_DPI);
        }
        return dotsPerMm;
    }

    private static double parse(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static BusinessException asRefusal(Exception e) {
        if (e instanceof BusinessException refusal) {
            return refusal;
        }
        log.debug("impression could not be decoded", e);
        return corrupt();
    }

    private static BusinessException corrupt() {
        return invalid("impression.error.corrupt");
    }
}
