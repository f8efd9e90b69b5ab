package org.gongwen.pdf;

import java.nio.charset.StandardCharsets;

/**
 * OFD files made outside the app's code, for tests in other packages: written with ofdrw's OFDDoc and
 * sealed by ofdrw's own SESV4Container with an SM2 CA, maker and seal the test makes (not the county's).
 */
public final class ForeignOfds {

    public static final String CONTENT = "Doc_0/Pages/Page_0/Content.xml";

    private ForeignOfds() {}

    /** A notice sealed by ofdrw alone with a seal "外县测试印章" of a CA made here. */
    public static byte[] sealedByOfdrw() {
        try {
            TestSm2Pki pki = new TestSm2Pki();
            return OfdrwCompatibilityTests.sealedByOfdrw(pki, pki.seal("外县测试印章"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code ofd} with one byte changed inside {@code entry} (the first digit of a Boundary), re-zipped. */
    public static byte[] withOneByteChanged(byte[] ofd, String entry) {
        byte[] content = OfdSamples.entry(ofd, entry).getBytes(StandardCharsets.UTF_8);
        int at = new String(content, StandardCharsets.ISO_8859_1).indexOf("Boundary=\"") + "Boundary=\"".length();
        content[at] = (byte) (content[at] == '1' ? '2' : '1');
        return OfdSamples.replace(ofd, entry, content);
    }
}
