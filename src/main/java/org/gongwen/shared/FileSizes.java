package org.gongwen.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** File sizes and limits as people read them: "10 MB", "512 KB", "10.1 MB". */
public final class FileSizes {

    private static final String[] UNITS = {"B", "KB", "MB", "GB"};

    private FileSizes() {}

    /**
     * A whole number of the largest unit that fits, else one decimal rounded up, so that a file
     * one byte over a 10 MB limit reads "10.1 MB" rather than "10.0 MB".
     */
    public static String text(long bytes) {
        int unit = 0;
        long scale = 1;
        while (unit < UNITS.length - 1 && bytes >= scale * 1024) {
            scale *= 1024;
            unit++;
        }
        if (bytes % scale == 0) {
            return bytes / scale + " " + UNITS[unit];
        }
        return BigDecimal.valueOf(bytes)
                        .divide(BigDecimal.valueOf(scale), 1, RoundingMode.CEILING)
                        .toPlainString() + " " + UNITS[unit];
    }
}
