package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongwen.pdf.internal.LayoutSettings;
import org.gongwen.shared.BusinessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.sign.verify.OFDValidator;
import org.ofdrw.sign.verify.exceptions.OFDVerifyException;

/** Sealing, print copies and verification of OFD files (GB/T 38540, GB/T 35275), checked by ofdrw too. */
class OfdSigningTests {

    private static final OfdStampPlace PLACE = new OfdStampPlace(0, 120, 200, 42, 42);
    private static final String CONTENT = "Doc_0/Pages/Page_0/Content.xml";

    private static TestSm2Pki pki;
    private static TestSm2Pki.Sm2SealSigner seal;
    private static TestSm2Pki.Sm2SealSigner system;
    private static byte[] sealed;

    private final OfdSigning signing = new OfdSigning();
    private final OfdSignatureVerifier verifier = new OfdSignatureVerifier();
    private final OfdPrintCopies copies = new OfdPrintCopies(signing, LayoutSettings.defaults());

    @BeforeAll
    static void county() throws Exception {
        pki = new TestSm2Pki();
        seal = pki.seal("清河县人民政府");
        system = pki.system();
        sealed = new OfdSigning().seal(OfdSamples.simple(), seal, PLACE);
    }

    @Test
    void aSealedOfdIsValidForOfdrwAndIntactForTheVerifier() throws Exception {
        OfdrwCompatibilityTests.ofdrwValidates(sealed);

        List<OfdSignatureCheck> checks = verifier.verify(sealed);
        assertThat(checks).hasSize(1);
        OfdSignatureCheck check = checks.get(0);
        assertThat(check.failure()).isNull();
        assertThat(check.intact()).isTrue();
        assertThat(check.type()).isEqualTo(OfdSignatureCheck.Type.SEAL);
        assertThat(check.sesVersion()).isEqualTo(4);
        assertThat(check.sealName()).isEqualTo("清河县人民政府");
        assertThat(check.sealId()).isNotBlank();
        assertThat(check.sesSeal()).isEqualTo(seal.sesSeal());
        assertThat(check.sealPictureType()).isEqualTo("PNG");
        assertThat(check.sealPicture()).isNotEmpty();
        assertThat(check.signerCertificate()).isEqualTo(seal.certificate());
        assertThat(check.makerCertificate()).isEqualTo(pki.maker);
        assertThat(check.signTime()).isNotNull();
        assertThat(check.place()).isEqualTo(PLACE);
        assertThat(check.protectedFiles())
                .contains(CONTENT, "OFD.xml", "Doc_0/Document.xml")
                .noneMatch(f -> f.endsWith("Signatures.xml") || f.contains("Annots/"));
    }

    @Test
    void oneChangedCharacterOfThePageIsDetectedByOfdrwAndTheVerifier() {
        String text = OfdSamples.entry(sealed, CONTENT);
        assertThat(text).contains("防火");
        byte[] changed = OfdSamples.changeText(sealed, CONTENT, "防火", "防水");

        assertThatThrownBy(() -> OfdrwCompatibilityTests.ofdrwValidates(changed))
                .isInstanceOf(OFDVerifyException.class);
        OfdSignatureCheck check = verifier.verify(changed).get(0);
        assertThat(check.intact()).isFalse();
        assertThat(check.failure()).contains("文件 " + CONTENT + " 已被改动");
    }

    @Test
    void aWrongSignatureValueIsDetected() {
        String valuePath = "Doc_0/Signs/Sign_0/SignedValue.dat";
        byte[] value = entryBytes(sealed, valuePath);
        value[value.length - 3] ^= 0x01;
        byte[] forged = OfdSamples.replace(sealed, valuePath, value);

        OfdSignatureCheck check = verifier.verify(forged).get(0);
        assertThat(check.intact()).isFalse();
        assertThat(check.failure()).isNotBlank();
        assertThatThrownBy(() -> OfdrwCompatibilityTests.ofdrwValidates(forged)).isInstanceOf(Exception.class);
    }

    @Test
    void garbageAsSignedValueIsAClearResult() {
        byte[] garbage = OfdSamples.replace(
                sealed, "Doc_0/Signs/Sign_0/SignedValue.dat", "不是签章".getBytes(StandardCharsets.UTF_8));
        OfdSignatureCheck check = verifier.verify(garbage).get(0);
        assertThat(check.intact()).isFalse();
        assertThat(check.failure()).isEqualTo("签名数据无法解析");
    }

    @Test
    void anOfficialCopyCarriesItsCopyNumberKeepsTheSealAndIsCountersigned() throws Exception {
        byte[] copy = copies.officialCopy(sealed, 7, system);

        assertThat(OfdSamples.entry(copy, "Doc_0/Annots/Page_0/Annotation.xml")).contains("000007");
        List<OfdSignatureCheck> checks = verifier.verify(copy);
        assertThat(checks).hasSize(2);
        assertThat(checks).allSatisfy(c -> assertThat(c.failure()).isNull());
        assertThat(checks.get(0).type()).isEqualTo(OfdSignatureCheck.Type.SEAL);
        OfdSignatureCheck countersignature = checks.get(1);
        assertThat(countersignature.type()).isEqualTo(OfdSignatureCheck.Type.SIGN);
        assertThat(countersignature.signerCertificate()).isEqualTo(system.certificate());
        assertThat(countersignature.protectsSignatureList()).isTrue();
        assertThat(countersignature.protectedFiles()).contains("Doc_0/Annots/Page_0/Annotation.xml");
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(copy));
                OFDValidator validator = new OFDValidator(reader)) {
            validator.setValidator(new org.gongwen.pdf.internal.ofd.OfdrwValidateContainer());
            validator.exeValidate();
        }
    }

    @Test
    void aChangedCopyNumberBreaksTheCountersignatureOnly() {
        byte[] copy = copies.officialCopy(sealed, 7, system);
        byte[] changed = OfdSamples.changeText(copy, "Doc_0/Annots/Page_0/Annotation.xml", "000007", "000008");

        List<OfdSignatureCheck> checks = verifier.verify(changed);
        assertThat(checks.get(0).intact()).isTrue();
        assertThat(checks.get(1).intact()).isFalse();
        assertThat(checks.get(1).failure()).contains("Doc_0/Annots/Page_0/Annotation.xml 已被改动");
    }

    @Test
    void aCountersignedCopyTakesNoFurtherSignature() {
        byte[] copy = copies.officialCopy(sealed, 1, system);
        assertThatThrownBy(() -> signing.countersign(copy, system)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void copyNumbersOutOfRangeAreRefused() {
        assertThatThrownBy(() -> copies.officialCopy(sealed, 0, system)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> copies.officialCopy(sealed, 1_000_000, system))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(copies.copyNumber(42)).isEqualTo("000042");
    }

    @Test
    void anOfdSealedByOfdrwAloneVerifies() throws Exception {
        byte[] byOfdrw = OfdrwCompatibilityTests.sealedByOfdrw(pki, seal);
        OfdSignatureCheck check = verifier.verify(byOfdrw).get(0);
        assertThat(check.failure()).isNull();
        assertThat(check.intact()).isTrue();
        assertThat(check.sealName()).isEqualTo("清河县人民政府");
        assertThat(check.signerCertificate()).isEqualTo(seal.certificate());
        assertThat(check.place()).isEqualTo(new OfdStampPlace(0, 120, 200, 42, 42));
    }

    @Test
    void malformedInputsGiveClearResults() {
        assertThatThrownBy(() -> verifier.verify("not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getMessage()).isEqualTo("ofd.notOfd"));
        assertThatThrownBy(() -> verifier.verify(new byte[0])).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> verifier.verify(null)).isInstanceOf(BusinessException.class);
        byte[] noOfdXml = OfdSamples.rename(OfdSamples.simple(), "OFD.xml", "other.xml");
        assertThatThrownBy(() -> verifier.verify(noOfdXml)).isInstanceOf(BusinessException.class);
        assertThat(verifier.verify(OfdSamples.simple())).isEmpty();

        byte[] noList = OfdSamples.remove(sealed, "Doc_0/Signs/Signatures.xml");
        assertThat(verifier.verify(noList))
                .singleElement()
                .satisfies(c -> assertThat(c.failure()).contains("签名列表文件"));
        byte[] noValue = OfdSamples.remove(sealed, "Doc_0/Signs/Sign_0/SignedValue.dat");
        assertThat(verifier.verify(noValue).get(0).failure()).contains("SignedValue.dat 缺失");
        byte[] brokenXml = OfdSamples.replace(
                sealed, "Doc_0/Signs/Sign_0/Signature.xml", "<ofd:Signature".getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(brokenXml).get(0).failure()).contains("不是有效的XML");
        assertThatThrownBy(() -> verifier.verify(OfdSamples.replace(sealed, "OFD.xml", new byte[] {1, 2})))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void sealingRefusesAPageOutsideTheDocument() {
        assertThatThrownBy(() -> signing.seal(OfdSamples.simple(), seal, new OfdStampPlace(3, 1, 1, 40, 40)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] entryBytes(byte[] ofd, String name) {
        return OfdSamples.bytes(ofd, name);
    }
}
