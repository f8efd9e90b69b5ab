package org.gongwen.seal.internal.image;

/**
 * What an uploaded impression scan may be: file size, pixels per side, and the resolution assumed
 * when the file states none.
 */
public record ImpressionLimits(long maxBytes, int minPixels, int maxPixels, double defaultDpi) {

    public static ImpressionLimits defaults() {
        return new ImpressionLimits(10L * 1024 * 1024, 400, 8000, 300);
    }
}
