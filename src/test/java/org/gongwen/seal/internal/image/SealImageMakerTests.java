package org.gongwen.seal.internal.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.gongwen.shared.BusinessException;
import org.junit.jupiter.api.Test;

class SealImageMakerTests {

    private static final DiameterRule TOWN = new DiameterRule(40, 46);

    private final SealImageMaker maker = new SealImageMaker();

    @Test
    void redImpressionBecomesTransparentSealRedAtPrintResolution() throws IOException {
        SealImage seal = maker.fromScan(scan(SyntheticScans.seal(42, 600), 600), TOWN);

        int expected = (int) Math.round(42 / 25.4 * 600);
        assertThat(seal.diameterMm()).isCloseTo(42, within(0.5));
        assertThat(seal.sizePx()).isCloseTo(expected, within(2));
        assertThat(seal.dpi()).isEqualTo(600);
        BufferedImage image = decode(seal);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getWidth()).isEqualTo(seal.sizePx()).isEqualTo(image.getHeight());
        assertCornersTransparent(image);
        assertRimIsSealRed(image);
    }

    @Test
    void lowResolutionDarkInkOnGreyPaperWithDustIsAccepted() throws IOException {
        BufferedImage page =
                SyntheticScans.seal(80, 35, 40, 45, 45, 300, -12, SyntheticScans.GREY_PAPER, SyntheticScans.BLACK_INK);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(900, 60, 4, 4);
        g.fillRect(40, 880, 6, 5);
        g.dispose();

        SealImage seal = maker.fromScan(scan(page, 300), TOWN);

        assertThat(seal.diameterMm()).isCloseTo(45, within(0.5));
        BufferedImage image = decode(seal);
        assertCornersTransparent(image);
        assertRimIsSealRed(image);
    }

    @Test
    void aSealOffCentreOnALargeScanIsFound() {
        ImpressionScan scan = scan(
                SyntheticScans.seal(127, 70, 60, 42, 42, 600, 3, SyntheticScans.WHITE_PAPER, SyntheticScans.RED_INK),
                600);
        assertThat(scan.image().getWidth()).isGreaterThanOrEqualTo(3000);

        assertThat(maker.fromScan(scan, TOWN).diameterMm()).isCloseTo(42, org.assertj.core.data.Offset.offset(0.6));
    }

    @Test
    void theDrawnStarSealPassesTheSameChecks() {
        SealImage drawn = new StarSealDrawer().draw("某某县示范单位", 42);
        BufferedImage paper = new BufferedImage(drawn.sizePx() + 100, drawn.sizePx() + 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = paper.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, paper.getWidth(), paper.getHeight());
        g.drawImage(decode(drawn), 50, 50, null);
        g.dispose();

        SealImage seal = maker.fromScan(scan(paper, 600), TOWN);

        assertThat(seal.diameterMm()).isCloseTo(42, within(0.3));
    }

    @Test
    void anEllipseIsNotRound() {
        BufferedImage ellipse =
                SyntheticScans.seal(54, 27, 27, 42, 30, 600, 0, SyntheticScans.WHITE_PAPER, SyntheticScans.RED_INK);

        assertRefused(ellipse, 600, TOWN, "sealImage.error.notRound");
    }

    @Test
    void aSmallSealIsRefusedWithItsMeasuredSize() {
        assertThatThrownBy(() -> maker.fromScan(scan(SyntheticScans.seal(20, 600), 600), TOWN))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("sealImage.error.tooSmall");
                    assertThat(Double.parseDouble((String) e.args()[0])).isCloseTo(20, within(0.5));
                    assertThat(e.args()[1]).isEqualTo(40.0);
                });
    }

    @Test
    void aLargeSealIsRefused() {
        assertRefused(SyntheticScans.seal(50, 300), 300, TOWN, "sealImage.error.tooLarge");
    }

    @Test
    void aBlankPageHasNoInk() {
        assertRefused(SyntheticScans.blank(1000, 1200), 600, TOWN, "sealImage.error.noInk");
    }

    private void assertRefused(BufferedImage image, double dpi, DiameterRule rule, String key) {
        assertThatThrownBy(() -> maker.fromScan(scan(image, dpi), rule))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static ImpressionScan scan(BufferedImage image, double dpi) {
        return new ImpressionScan(ImpressionType.PNG, new byte[0], image, SyntheticScans.dotsPerMm(dpi));
    }

    static BufferedImage decode(SealImage seal) {
        try {
            return ImageIO.read(new ByteArrayInputStream(seal.png()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertCornersTransparent(BufferedImage image) {
        int last = image.getWidth() - 1;
        for (int[] corner : new int[][] {{0, 0}, {last, 0}, {0, last}, {last, last}, {5, 5}, {last - 5, last - 5}}) {
            assertThat(image.getRGB(corner[0], corner[1]) >>> 24)
                    .as("alpha at %s", corner)
                    .isZero();
        }
    }

    /** A rim pixel half a rim width inside the edge, in the four directions. */
    private static void assertRimIsSealRed(BufferedImage image) {
        int size = image.getWidth();
        int inset = (int) Math.round(0.6 * 600 / 25.4);
        int middle = size / 2;
        int far = size - 1 - inset;
        for (int[] p : new int[][] {{middle, inset}, {middle, far}, {inset, middle}, {far, middle}}) {
            int argb = image.getRGB(p[0], p[1]);
            assertThat(argb >>> 24).as("alpha at %s", p).isGreaterThan(200);
            assertThat(argb >> 16 & 0xFF).as("red at %s", p).isGreaterThan(180);
            assertThat(argb >> 8 & 0xFF).as("green at %s", p).isLessThan(60);
            assertThat(argb & 0xFF).as("blue at %s", p).isLessThan(60);
        }
    }
}
