package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.pdf.internal.LayoutSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 份号 of an official OFD copy is drawn as outlines of the bundled 仿宋 digits, so it shows even when the
 * document's embedded font subset has no digit at all.
 */
class OfdCopyNumberOutlineTests {

    private static final String ANNOTATIONS = "Doc_0/Annots/Page_0/Annotation.xml";

    private static TestSm2Pki.Sm2SealSigner system;
    private static byte[] sealed;

    private final OfdSigning signing = new OfdSigning();
    private final OfdPrintCopies copies = new OfdPrintCopies(signing, LayoutSettings.defaults());

    @BeforeAll
    static void county() throws Exception {
        TestSm2Pki pki = new TestSm2Pki();
        system = pki.system();
        sealed =
                new OfdSigning().seal(OfdSamples.simple(), pki.seal("清河县人民政府"), new OfdStampPlace(0, 120, 200, 42, 42));
    }

    @Test
    void theDocumentsTextHasNoDigitsButTheCopyShowsItsNumberAsOutlines() {
        assertThat(String.join("", OfdText.pageTexts(sealed))).doesNotContainPattern("[0-9０-９]");
        byte[] copy = copies.officialCopy(sealed, 80, system);

        String annotations = OfdSamples.entry(copy, ANNOTATIONS);
        assertThat(annotations).doesNotContain("TextObject");
        Matcher paths = Pattern.compile(
                        "<ofd:PathObject[^>]*>.*?<ofd:AbbreviatedData>([^<]+)</ofd:AbbreviatedData>", Pattern.DOTALL)
                .matcher(annotations);
        List<String> digits = new java.util.ArrayList<>();
        while (paths.find()) {
            assertThat(paths.group(1)).startsWith("M ").contains(" C");
            digits.add(paths.group(1));
        }
        assertThat(digits).as("one outline per digit of 000080").hasSize(6);
        assertThat(digits.subList(0, 4)).containsOnly(digits.get(5));
        assertThat(digits.get(4)).as("the 8").isNotEqualTo(digits.get(5));
        assertThat(annotations).contains("<ofd:Parameter Name=\"份号\">000080</ofd:Parameter>");
    }

    @Test
    void theSealStaysIntactAndTheCountersignatureVerifies() {
        byte[] copy = copies.officialCopy(sealed, 3, system);
        List<OfdSignatureCheck> checks = new OfdSignatureVerifier().verify(copy);
        assertThat(checks)
                .extracting(OfdSignatureCheck::type)
                .containsExactly(OfdSignatureCheck.Type.SEAL, OfdSignatureCheck.Type.SIGN);
        assertThat(checks)
                .allSatisfy(c ->
                        assertThat(c.intact()).as(String.valueOf(c.failure())).isTrue());
        assertThat(checks.get(1).protectedFiles()).contains(ANNOTATIONS);
    }
}
