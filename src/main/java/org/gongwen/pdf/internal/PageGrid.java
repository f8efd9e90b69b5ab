package org.gongwen.pdf.internal;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;

/** GB/T 9704 page geometry in points: A4, the type area (版心) and its 22 × 28 grid. */
public final class PageGrid {

    public static final float MM = 72f / 25.4f;
    public static final PageSize PAGE = PageSize.A4;
    public static final float TOP = 37 * MM;
    public static final float LEFT = 28 * MM;
    public static final float WIDTH = 156 * MM;
    public static final float HEIGHT = 225 * MM;
    public static final float BOTTOM = PAGE.getHeight() - TOP - HEIGHT;
    public static final float RIGHT = PAGE.getWidth() - LEFT - WIDTH;
    public static final int LINES = 22;
    public static final int CHARS = 28;
    public static final float LINE = HEIGHT / LINES;
    /** Character pitch; a hair under 156 mm / 28 so that a full line of 28 never wraps by rounding. */
    public static final float CHAR = WIDTH / CHARS - 0.001f;

    /** Chinese type sizes. */
    public static final float SIZE_2 = 22;

    public static final float SIZE_3 = 16;
    public static final float SIZE_4 = 14;

    /** Noto CJK (like most CJK faces) places the ideographic em box from 0.88 em above to 0.12 below the baseline. */
    public static final float EM_ABOVE = 0.88f;

    public static final float EM_BELOW = 0.12f;

    private PageGrid() {}

    public static float typeTop() {
        return BOTTOM + HEIGHT;
    }

    public static float typeRight() {
        return LEFT + WIDTH;
    }

    public static Rectangle typeArea() {
        return new Rectangle(LEFT, BOTTOM, WIDTH, HEIGHT);
    }

    /** Baseline of a line of {@code size} type whose grid line starts at {@code lineTop}. */
    public static float baseline(float lineTop, float size) {
        return lineTop - (LINE - size) / 2 - EM_ABOVE * size;
    }

    /** Character spacing that puts {@code size} type on the body's character pitch. */
    public static float spacingFor(float size) {
        return CHAR * size / SIZE_3 - size;
    }
}
