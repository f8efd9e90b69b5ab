package org.gongwen.seal.internal.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class StarSealDrawerTests {

    private static final double PX_PER_MM = 600 / 25.4;

    private final StarSealDrawer drawer = new StarSealDrawer();

    @Test
    void drawsASquareTransparentSealAt600Dpi() {
        SealImage seal = drawer.draw("某某县人民政府办公室", 42);

        BufferedImage image = SealImageMakerTests.decode(seal);
        assertThat(seal.sizePx()).isEqualTo((int) Math.round(42 * PX_PER_MM));
        assertThat(seal.dpi()).isEqualTo(600);
        assertThat(seal.diameterMm()).isEqualTo(42);
        assertThat(image.getWidth()).isEqualTo(seal.sizePx()).isEqualTo(image.getHeight());
        int last = image.getWidth() - 1;
        assertThat(new int[] {alpha(image, 0, 0), alpha(image, last, 0), alpha(image, 0, last), alpha(image, last, last)
                })
                .containsOnly(0);
    }

    @Test
    void theRimIsSealRedAllRound() {
        BufferedImage image = SealImageMakerTests.decode(drawer.draw("某某县示范单位", 42));

        int size = image.getWidth();
        int inset = (int) Math.round(StarSealDrawer.RIM_MM / 2 * PX_PER_MM);
        int middle = size / 2;
        int far = size - 1 - inset;
        for (int[] p : new int[][] {{middle, inset}, {middle, far}, {inset, middle}, {far, middle}}) {
            int argb = image.getRGB(p[0], p[1]);
            assertThat(argb >>> 24).as("alpha at %s", p).isEqualTo(255);
            assertThat(argb & 0xFFFFFF).as("colour at %s", p).isEqualTo(SealImageMaker.SEAL_RED);
        }
    }

    @Test
    void theStarIsCentredWithOnePointUp() {
        BufferedImage image = SealImageMakerTests.decode(drawer.draw("某某县示范单位", 42));

        double centre = image.getWidth() / 2.0;
        double radius = 0.35 * centre;
        long count = 0;
        double sumX = 0;
        double sumY = 0;
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        int minY = Integer.MAX_VALUE;
        int maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (Math.hypot(x + 0.5 - centre, y + 0.5 - centre) < radius && alpha(image, x, y) > 128) {
                    count++;
                    sumX += x + 0.5;
                    sumY += y + 0.5;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertThat(count).isPositive();
        assertThat(sumX / count).isCloseTo(centre, within(2.0));
        assertThat(sumY / count).isCloseTo(centre, within(2.0));
        assertThat((minX + maxX + 1) / 2.0).isCloseTo(centre, within(1.5));
        double starRadius = StarSealDrawer.STAR_RATIO * centre;
        assertThat(centre - minY).as("top point").isCloseTo(starRadius, within(3.0));
        assertThat(maxY + 1 - centre)
                .as("bottom points")
                .isCloseTo(starRadius * Math.cos(Math.toRadians(36)), within(3.0));
    }

    @Test
    void theNameRunsAlongTheUpperArcOnly() {
        BufferedImage image = SealImageMakerTests.decode(drawer.draw("某某县示范单位", 42));

        assertThat(inkInSector(image, 0, 100)).isGreaterThan(1000);
        assertThat(inkInSector(image, 180, 30)).isZero();
    }

    @Test
    void aLongNameStillLeavesTheBottomFree() {
        BufferedImage image = SealImageMakerTests.decode(drawer.draw("某某县人民政府办公室机要文件交换中心", 42));

        assertThat(inkInSector(image, 0, 120)).isGreaterThan(1000);
        assertThat(inkInSector(image, 180, 25)).isZero();
    }

    @Test
    void theBottomLineSitsUnderTheStar() {
        BufferedImage image = SealImageMakerTests.decode(drawer.draw("某某县示范单位", "合同专用章", 42));

        assertThat(inkInSector(image, 180, 30)).isGreaterThan(500);
    }

    @Test
    void theBundledCjkSerifIsUsed() {
        assertThat(SealFonts.bold().getFamily()).startsWith("Noto Serif SC");
        assertThat(SealFonts.regular().canDisplayUpTo("某某县人民政府")).isEqualTo(-1);
    }

    @Test
    void aNameIsRequired() {
        assertThatThrownBy(() -> drawer.draw(" ", 42)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    /**
     * Visible pixels between just outside the star and just inside the rim, within {@code halfWidth}
     * degrees of {@code direction} (0 = up, clockwise).
     */
    private static int inkInSector(BufferedImage image, double direction, double halfWidth) {
        double centre = image.getWidth() / 2.0;
        double inner = 0.36 * centre;
        double outer = centre - StarSealDrawer.RIM_MM * PX_PER_MM - 2;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                double dx = x + 0.5 - centre;
                double dy = y + 0.5 - centre;
                double r = Math.hypot(dx, dy);
                double degrees = Math.toDegrees(Math.atan2(dx, -dy));
                double off = Math.abs(((degrees - direction) % 360 + 540) % 360 - 180);
                if (r > inner && r < outer && off <= halfWidth && alpha(image, x, y) > 0) {
                    count++;
                }
            }
        }
        return count;
    }
}
