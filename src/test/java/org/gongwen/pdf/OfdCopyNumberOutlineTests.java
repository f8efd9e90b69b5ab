package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 份号 of an official OFD copy is drawn as outlines of the bundled 仿宋 digits, so it shows even when the
 * document's embedded font subset has no digit at all.
 */
class OfdCopyNumberOutlineTests {

    private static final String ANNOTATIONS = "Doc_0/Annots/Page_0/Annotation.xml";
    private static final float DPI = 100;

    private static TestSm2Pki.Sm2SealSigner system;
    private static byte[] sealed;

    private final OfdSigning signing = new OfdSigning();
    private final OfdPrintCopies copies = new OfdPrintCopies(signing, LayoutSettings.defaults());

    @BeforeAll
    static void county() throws Exception {
        TestSm2Pki pki = new TestSm2Pki();
        system = pki.system();
        sealed = new OfdSigning().seal(OfdSamples.simple(), pki.seal("清河县人民政府"),
                new OfdStampPlace(0, 120, 200, 42, 42));
    }

    @Test
    void theDocumentsTextHasNoDigitsButTheCopyShowsItsNumberAsOutlines() throws Exception {
        assertThat(String.join("", OfdText.pageTexts(sealed))).doesNotContainPattern("[0-9０-９]");
        byte[] copy = copies.officialCopy(sealed, 80, system);

        String annotations = OfdSamples.entry(copy, ANNOTATIONS);
        assertThat(annotations).doesNotContain("TextObject");
        Matcher paths = Pattern.compile("<ofd:PathObject[^>]*>.*?<ofd:AbbreviatedData>([^<]+)</ofd:AbbreviatedData>",
                Pattern.DOTALL).matcher(annotations);
        int count = 0;
        while (paths.find()) {
            count++;
            assertThat(paths.group(1)).startsWith("M ").contains(" C");
        }
        assertThat(count).as("one outline per digit of 000080").isEqualTo(6);

        // rendered without the seal: ofdrw's reader, under the viewer, cannot parse SES_Signature with our Bouncy Castle
        byte[] unsealed = OfdSamples.simple();
        int eighty = ink(copies.officialCopy(unsealed, 80, system));
        assertThat(eighty).as("the 份号 box on page 1 shows the number").isGreaterThan(100);
        assertThat(ink(unsealed)).as("nothing there before").isZero();
        assertThat(ink(copies.officialCopy(unsealed, 111_111, system))).isGreaterThan(100).isNotEqualTo(eighty);
    }

    @Test
    void theSealStaysIntactAndTheCountersignatureVerifies() {
        byte[] copy = copies.officialCopy(sealed, 3, system);
        List<OfdSignatureCheck> checks = new OfdSignatureVerifier().verify(copy);
        assertThat(checks).extracting(OfdSignatureCheck::type)
                .containsExactly(OfdSignatureCheck.Type.SEAL, OfdSignatureCheck.Type.SIGN);
        assertThat(checks).allSatisfy(c -> assertThat(c.intact()).as(String.valueOf(c.failure())).isTrue());
        assertThat(checks.get(1).protectedFiles()).contains(ANNOTATIONS);
    }

    /** Dark pixels in the 份号's box (28 mm from the left, 37 mm from the top, six 3号 characters) of page 1. */
    private static int ink(byte[] ofd) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(new OfdViewer().toPdf(ofd))) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, DPI);
            double px = DPI / 25.4;
            int dark = 0;
            for (int x = (int) (28 * px); x < (int) ((28 + 34) * px); x++) {
                for (int y = (int) (37 * px); y < (int) ((37 + 10.3) * px); y++) {
                    int rgb = page.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                        dark++;
                    }
                }
            }
            return dark;
        }
    }
}
