package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.gongwen.pdf.internal.ofd.OfdrwValidateContainer;
import org.junit.jupiter.api.Test;
import org.ofdrw.core.signatures.SigType;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.sign.OFDSigner;
import org.ofdrw.sign.SignMode;
import org.ofdrw.sign.signContainer.SESV4Container;
import org.ofdrw.sign.stamppos.NormalStampPos;
import org.ofdrw.sign.verify.OFDValidator;
import org.ofdrw.sign.verify.container.SESV4ValidateContainer;

/** ofdrw 2.3.1's own signing and verifying, run against the project's Bouncy Castle. */
class OfdrwCompatibilityTests {

    /** An OFD sealed by ofdrw alone (SESV4Container), outside the project's code. */
    static byte[] sealedByOfdrw(TestSm2Pki pki, TestSm2Pki.Sm2SealSigner seal) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(OfdSamples.simple()));
                OFDSigner signer = new OFDSigner(reader, out)) {
            signer.setSignMode(SignMode.ContinueSign);
            signer.setSignContainer(new SESV4Container(seal.privateKey(), seal.sesSealObject(), seal.certificate()));
            signer.addApPos(new NormalStampPos(1, 120, 200, 42, 42));
            signer.exeSign();
        }
        return out.toByteArray();
    }

    static void ofdrwValidates(byte[] ofd) throws Exception {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd));
                OFDValidator validator = new OFDValidator(reader)) {
            validator.setValidator(new OfdrwValidateContainer());
            validator.exeValidate();
        }
    }

    /**
     * ofdrw-gm 2.3.1 decodes SES structures with Bouncy Castle 1.68 methods that 1.81 no longer has
     * (DERIA5String.getInstance and others), so its SESV4ValidateContainer, and OFDValidator on a signature with a
     * Seal.esl, cannot run here. The project seals without a Seal.esl and validates with {@link
     * OfdrwValidateContainer}. Should this start to fail, ofdrw's own classes work again.
     */
    @Test
    void ofdrwsOwnSesDecodingFailsOnBouncyCastle181() throws Exception {
        TestSm2Pki pki = new TestSm2Pki();
        byte[] sealed = sealedByOfdrw(pki, pki.seal("清河县人民政府"));
        byte[] value = OfdSamples.bytes(sealed, "Doc_0/Signs/Sign_0/SignedValue.dat");
        byte[] signatureXml =
                OfdSamples.entry(sealed, "Doc_0/Signs/Sign_0/Signature.xml").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() ->
                        new SESV4ValidateContainer().validate(SigType.Seal, "1.2.156.10197.1.501", signatureXml, value))
                .isInstanceOf(NoSuchMethodError.class);
        assertThatThrownBy(() -> ofdrwValidates(sealed)).isInstanceOf(NoSuchMethodError.class);
    }
}
