package org.gongwen.seal.internal.image;

import java.awt.image.BufferedImage;

/**
 * A checked impression scan: the uploaded bytes as they came, their decoded (for a PDF: rendered)
 * pixels, and the scan resolution in dots per millimetre.
 */
public record ImpressionScan(ImpressionType type, byte[] original, BufferedImage image, double dotsPerMm) {}
