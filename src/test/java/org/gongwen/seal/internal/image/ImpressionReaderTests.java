package org.gongwen.seal.internal.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.gongwen.shared.BusinessException;
import org.junit.jupiter.api.Test;

class ImpressionReaderTests {

    private static final float POINTS_PER_MM = 72 / 25.4f;

    private final ImpressionReader reader = new ImpressionReader(ImpressionLimits.defaults());

    @Test
    void aPngStatingItsResolutionIsReadAtThatResolution() {
        ImpressionScan scan = reader.read("seal.png", SealPng.encode(SyntheticScans.seal(42, 600), 600));

        assertThat(scan.type()).isEqualTo(ImpressionType.PNG);
        assertThat(scan.type().mediaType()).isEqualTo("image/png");
        assertThat(scan.dotsPerMm()).isCloseTo(23.62, within(0.01));
        assertThat(scan.image().getWidth()).isEqualTo((int) Math.round(54 * 600 / 25.4));
    }

    @Test
    void aJpegWithoutResolutionIsTakenAtTheDefault() throws IOException {
        ImpressionScan scan = reader.read("印模.jpg", jpeg(SyntheticScans.seal(42, 300)));

        assertThat(scan.type()).isEqualTo(ImpressionType.JPEG);
        assertThat(scan.type().mediaType()).isEqualTo("image/jpeg");
        assertThat(scan.dotsPerMm()).isCloseTo(300 / 25.4, within(0.001));
        assertThat(scan.image().getWidth()).isEqualTo((int) Math.round(54 * 300 / 25.4));
    }

    @Test
    void aOnePagePdfIsRenderedAt400Dpi() throws IOException {
        ImpressionScan scan = reader.read("seal.pdf", pdfWithRedDisc(null));

        assertThat(scan.type()).isEqualTo(ImpressionType.PDF);
        assertThat(scan.type().mediaType()).isEqualTo("application/pdf");
        assertThat(scan.dotsPerMm()).isCloseTo(400 / 25.4, within(0.001));
        assertThat(scan.image().getWidth()).isCloseTo((int) Math.round(60 * 400 / 25.4), within(2));
        int centre =
                scan.image().getRGB(scan.image().getWidth() / 2, scan.image().getHeight() / 2);
        assertThat(new Color(centre)).isEqualTo(new Color(230, 0, 18));
    }

    @Test
    void emptyDataIsRefused() {
        assertRefused(null, "impression.error.empty");
        assertRefused(new byte[0], "impression.error.empty");
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        ImpressionReader small = new ImpressionReader(new ImpressionLimits(1024 * 1024, 400, 8000, 300));
        byte[] big = Arrays.copyOf(SealPng.encode(SyntheticScans.seal(42, 600), 600), 1024 * 1024 + 1);

        assertThatThrownBy(() -> small.read("seal.png", big)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("impression.error.tooLarge");
            assertThat(e.args()).containsExactly(1L);
        });
    }

    @Test
    void theTypeComesFromTheContentNotTheName() throws IOException {
        BufferedImage image = SyntheticScans.blank(500, 500);
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(image, "gif", gif);

        assertRefused("seal.png", gif.toByteArray(), "impression.error.type");
        assertRefused("seal.png", "not an image".getBytes(StandardCharsets.UTF_8), "impression.error.type");
        assertRefused("seal.pdf", new byte[] {(byte) 0xFF, (byte) 0xD8}, "impression.error.type");
    }

    @Test
    void truncatedOrGarbledFilesAreCorrupt() throws IOException {
        byte[] png = SealPng.encode(SyntheticScans.blank(600, 600), 300);
        byte[] jpeg = jpeg(SyntheticScans.blank(600, 600));
        byte[] garbage = new byte[4000];
        new Random(1).nextBytes(garbage);
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;

        assertRefused(Arrays.copyOf(png, png.length / 2), "impression.error.corrupt");
        assertRefused(Arrays.copyOf(jpeg, jpeg.length / 2), "impression.error.corrupt");
        assertRefused(garbage, "impression.error.corrupt");
        assertRefused("%PDF-1.7\nnot really a PDF".getBytes(StandardCharsets.US_ASCII), "impression.error.corrupt");
    }

    @Test
    void aPdfWithoutPagesIsCorrupt() throws IOException {
        try (PDDocument document = new PDDocument()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            assertRefused(out.toByteArray(), "impression.error.corrupt");
        }
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException {
        assertRefused(pdfWithRedDisc(""), "impression.error.encrypted");
        assertRefused(pdfWithRedDisc("secret"), "impression.error.encrypted");
    }

    @Test
    void tooFewPixelsAreRefused() {
        byte[] small = SealPng.encode(SyntheticScans.blank(300, 500), 600);

        assertThatThrownBy(() -> reader.read("seal.png", small)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("impression.error.resolutionTooLow");
            assertThat(e.args()).containsExactly(400);
        });
    }

    /** Only the header is needed for this refusal: the file has no pixel data at all. */
    @Test
    void hugeDimensionsAreRefusedFromTheHeader() {
        assertRefused(pngHeader(9000, 9000), "impression.error.dimensionsTooLarge");
    }

    @Test
    void aStatedResolutionUnder150DpiIsRefused() {
        assertRefused(SealPng.encode(SyntheticScans.blank(600, 600), 72), "impression.error.dpiTooLow");
    }

    private void assertRefused(byte[] data, String key) {
        assertRefused("impression", data, key);
    }

    private void assertRefused(String filename, byte[] data, String key) {
        assertThatThrownBy(() -> reader.read(filename, data))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** A 60 mm square page with a 42 mm seal-red disc; encrypted when a user password is given. */
    private static byte[] pdfWithRedDisc(String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            float side = 60 * POINTS_PER_MM;
            PDPage page = new PDPage(new PDRectangle(side, side));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(new Color(230, 0, 18));
                circle(content, side / 2, side / 2, 21 * POINTS_PER_MM);
                content.fill();
            }
            if (userPassword != null) {
                document.protect(new StandardProtectionPolicy("owner", userPassword, new AccessPermission()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void circle(PDPageContentStream content, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.closePath();
    }

    /** A PNG signature and IHDR chunk claiming the given size, with nothing after. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
                .putInt(13)
                .put(ihdr.array())
                .putInt((int) crc.getValue());
        return png.array();
    }
}
