package org.gongwen.seal.internal.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Writes PNGs that state their resolution (pHYs), so a viewer or a layout prints them at true size. */
final class SealPng {

    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    private SealPng() {}

    static byte[] encode(BufferedImage image, double dpi) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata =
                    writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(PNG_FORMAT, resolution(dpi));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG", e);
        } finally {
            writer.dispose();
        }
    }

    /**
     * Written as the PNG's own pHYs chunk: the JDK's PNG writer turns the standard tree's
     * millimetres per pixel into a wrong pixels-per-metre value (JDK-5106305).
     */
    private static IIOMetadataNode resolution(double dpi) {
        String pixelsPerMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
        root.appendChild(physical);
        return root;
    }
}
