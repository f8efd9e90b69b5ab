package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.kernel.geom.Matrix;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfResources;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.ImageRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.gongwen.pdf.internal.LayoutSettings;
import org.gongwen.support.Pdfsig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seal as the signature's appearance, and the PAdES profile with the county's trust services (B-T, B-LT, B-LTA). */
class SealSignatureTests {

    static TestCountyPki pki;
    static PdfSigning signing;
    static byte[] signed;

    @BeforeAll
    static void signSample() throws Exception {
        pki = new TestCountyPki();
        signing = new PdfSigning(null, pki);
        byte[] laidOut = new LayoutRenderer(LayoutSettings.defaults()).render(SampleDocuments.notice(0));
        signed = signing.sign(
                laidOut,
                pki.seal(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(30))),
                "发文",
                "清河县");
    }

    @Test
    void theSealIsTheSignaturesAppearanceWhereTheSealStands() throws Exception {
        try (PdfDocument pdf = open(signed)) {
            PdfFormField field = PdfFormCreator.getAcroForm(pdf, false).getField("seal");
            assertThat(new SignatureUtil(pdf).getSignatureNames()).containsExactly("seal");
            PdfDictionary widget = field.getWidgets().get(0).getPdfObject();
            Rectangle widgetRectangle = widget.getAsArray(PdfName.Rect).toRectangle();
            List<Rectangle> seals = images(widget.getAsDictionary(PdfName.AP).getAsStream(PdfName.N));
            assertThat(seals).hasSize(1);
            Rectangle seal = seals.get(0).moveRight(widgetRectangle.getX()).moveUp(widgetRectangle.getY());
            assertThat(seal.getX()).isCloseTo(widgetRectangle.getX(), org.assertj.core.data.Offset.offset(0.01f));
            assertThat(seal.getY()).isCloseTo(widgetRectangle.getY(), org.assertj.core.data.Offset.offset(0.01f));
            assertThat(seal.getWidth())
                    .isCloseTo(widgetRectangle.getWidth(), org.assertj.core.data.Offset.offset(0.01f));
            assertThat(seal.getHeight())
                    .isCloseTo(widgetRectangle.getHeight(), org.assertj.core.data.Offset.offset(0.01f));
            assertThat(widgetRectangle.getWidth())
                    .isCloseTo(45 * 72 / 25.4f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(pdf.getPage(pdf.getNumberOfPages()).getAnnotations()).anyMatch(a -> a.getPdfObject() == widget);
        }
        LayoutFacts facts = new LayoutInspector().inspect(signed);
        assertThat(facts.sealImages())
                .as("the seal is drawn once, in the signature's appearance")
                .isEqualTo(1);
    }

    @Test
    void popplerReportsTheSignatureValidAndTrustedAndTheCmsCarriesAVerifiedSignatureTimeStamp(@TempDir Path dir)
            throws Exception {
        try (PdfDocument pdf = open(signed)) {
            byte[] cms =
                    new SignatureUtil(pdf).getSignature("seal").getContents().getValueBytes();
            SignerInformation signer = new CMSSignedData(cms)
                    .getSignerInfos()
                    .getSigners()
                    .iterator()
                    .next();
            Attribute attribute =
                    signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            assertThat(attribute).as("signature-time-stamp unsigned attribute").isNotNull();
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(pki.tsa));
            assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
        }
        PdfSignature seal = new PdfSignatureVerifier().verify(signed).latest().orElseThrow();
        assertThat(seal.valid()).as(seal.failure()).isTrue();
        assertThat(seal.timeStamped()).isTrue();
        assertThat(pki.issued()).isPositive();
        Pdfsig.assumeAvailable();
        String report = Pdfsig.report(signed, pki.rootPem(), dir);
        assertThat(report)
                .contains("Signature Field Name: seal")
                .contains("Signature is Valid")
                .contains("Certificate is Trusted");
    }

    @Test
    void theDssCarriesTheCaChainTheTsaChainAndTheCrl() throws Exception {
        try (PdfDocument pdf = open(signed)) {
            PdfDictionary dss = pdf.getCatalog().getPdfObject().getAsDictionary(PdfName.DSS);
            assertThat(dss).isNotNull();
            assertThat(certificates(dss)).contains(pki.root, pki.tsa);
            assertThat(crls(dss))
                    .isNotEmpty()
                    .allMatch(crl -> crl.getIssuerX500Principal().equals(pki.root.getSubjectX500Principal()));
        }
    }

    @Test
    void theSignedAndTheArchivedFileAreStillPdfA2b() {
        assertThat(PdfA.failures2b(signed)).isEmpty();
        assertThat(PdfA.failures2b(signing.addDocumentTimeStamp(signed))).isEmpty();
    }

    @Test
    void aSignatureVerifiesYearsLaterFromTheFileAloneWithItsCertificateExpiredAndTheCrlOffline() throws Exception {
        Instant day = Instant.parse("2020-06-01T02:00:00Z");
        TestCountyPki old =
                new TestCountyPki(Instant.parse("2019-01-01T00:00:00Z"), Instant.parse("2045-01-01T00:00:00Z"));
        old.tsaClock(() -> day);
        KeyPairSealSigner seal = old.seal(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z"));
        byte[] file = new PdfSigning(null, old)
                .sign(
                        new LayoutRenderer(LayoutSettings.defaults()).render(SampleDocuments.notice(0)),
                        seal,
                        "发文",
                        "清河县");
        assertThatThrownBy(() -> seal.certificate().checkValidity()).isInstanceOf(CertificateExpiredException.class);

        try (PdfDocument pdf = open(file)) {
            // only what the file carries: the DSS and the signature's own time-stamp; the root is the trust anchor
            PdfDictionary dss = pdf.getCatalog().getPdfObject().getAsDictionary(PdfName.DSS);
            List<X509Certificate> certificates = certificates(dss);
            List<X509CRL> crls = crls(dss);
            byte[] cms = new SignatureUtil(pdf)
                    .getSignature(new SignatureUtil(pdf).getSignatureNames().get(0))
                    .getContents()
                    .getValueBytes();
            SignerInformation signer = new CMSSignedData(cms)
                    .getSignerInfos()
                    .getSigners()
                    .iterator()
                    .next();
            TimeStampToken token = new TimeStampToken(new CMSSignedData(signer.getUnsignedAttributes()
                    .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                    .getAttrValues()
                    .getObjectAt(0)
                    .toASN1Primitive()
                    .getEncoded()));
            Date stampedAt = token.getTimeStampInfo().getGenTime();
            assertThat(stampedAt.toInstant()).isEqualTo(day);
            X509Certificate tsa = certificates.stream()
                    .filter(c -> token.getSID().match(holder(c)))
                    .findFirst()
                    .orElseThrow();
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
            X509Certificate sealCertificate = certificates.stream()
                    .filter(c -> signer.getSID().match(holder(c)))
                    .findFirst()
                    .orElseThrow();
            assertThat(sealCertificate).isEqualTo(seal.certificate());
            validateAt(sealCertificate, stampedAt, certificates, crls, old.root);
            validateAt(tsa, stampedAt, certificates, crls, old.root);
        }
        PdfSignature verified = new PdfSignatureVerifier().verify(file).latest().orElseThrow();
        assertThat(verified.valid()).isTrue();
        assertThat(verified.signingTime()).isEqualTo(day);
    }

    @Test
    void aDocumentTimeStampKeepsTheSealSignatureValidAndIsRenewedWithTheDssUpdated() throws Exception {
        byte[] archived = signing.addDocumentTimeStamp(signed);
        PdfSignatures first = new PdfSignatureVerifier().verify(archived);
        assertThat(first.latest().orElseThrow().valid())
                .as(first.latest().orElseThrow().failure())
                .isTrue();
        PdfSignature stamp = first.latestDocumentTimeStamp().orElseThrow();
        assertThat(stamp.valid()).as(stamp.failure()).isTrue();
        assertThat(stamp.signerCertificate()).isEqualTo(pki.tsa);

        byte[] renewed = signing.addDocumentTimeStamp(archived);
        PdfSignatures second = new PdfSignatureVerifier().verify(renewed);
        assertThat(second.signatures()).hasSize(3);
        assertThat(second.signatures()).allMatch(PdfSignature::valid);
        assertThat(second.latestDocumentTimeStamp().orElseThrow().fieldName()).isNotEqualTo(stamp.fieldName());
        try (PdfDocument pdf = open(renewed)) {
            PdfDictionary vri =
                    pdf.getCatalog().getPdfObject().getAsDictionary(PdfName.DSS).getAsDictionary(PdfName.VRI);
            assertThat(vri.size())
                    .as("validation data for the seal signature and the first time-stamp")
                    .isEqualTo(2);
        }
    }

    @Test
    void aPageChangedAfterTheValidationDataIsAChangeAfterSigning() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(
                new PdfReader(new ByteArrayInputStream(signing.addDocumentTimeStamp(signed))),
                new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            new PdfCanvas(pdf.getFirstPage()).rectangle(100, 100, 50, 50).fill();
        }
        PdfSignatures tampered = new PdfSignatureVerifier().verify(out.toByteArray());
        assertThat(tampered.latest().orElseThrow().coversWholeDocument()).isFalse();
        assertThat(tampered.latest().orElseThrow().valid()).isFalse();
    }

    private static void validateAt(
            X509Certificate certificate,
            Date at,
            List<X509Certificate> certificates,
            List<X509CRL> crls,
            X509Certificate root)
            throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setDate(at);
        parameters.setRevocationEnabled(true);
        List<Object> store = new ArrayList<>(certificates);
        store.addAll(crls);
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(List.of(certificate)), parameters);
    }

    private static org.bouncycastle.cert.X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new org.bouncycastle.cert.X509CertificateHolder(certificate.getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<X509Certificate> certificates(PdfDictionary dss) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = new ArrayList<>();
        PdfArray certs = dss.getAsArray(PdfName.Certs);
        for (int i = 0; i < certs.size(); i++) {
            certificates.add((X509Certificate) factory.generateCertificate(
                    new ByteArrayInputStream(certs.getAsStream(i).getBytes())));
        }
        return certificates;
    }

    private static List<X509CRL> crls(PdfDictionary dss) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509CRL> crls = new ArrayList<>();
        PdfArray array = dss.getAsArray(PdfName.CRLs);
        for (int i = 0; array != null && i < array.size(); i++) {
            crls.add((X509CRL) factory.generateCRL(
                    new ByteArrayInputStream(array.getAsStream(i).getBytes())));
        }
        return crls;
    }

    /** The rectangles of the images an appearance stream draws, in its own coordinates. */
    private static List<Rectangle> images(PdfStream appearance) {
        List<Rectangle> found = new ArrayList<>();
        IEventListener listener = new IEventListener() {
            @Override
            public void eventOccurred(com.itextpdf.kernel.pdf.canvas.parser.data.IEventData data, EventType type) {
                if (data instanceof ImageRenderInfo image) {
                    Matrix ctm = image.getImageCtm();
                    found.add(new Rectangle(
                            ctm.get(Matrix.I31), ctm.get(Matrix.I32), ctm.get(Matrix.I11), ctm.get(Matrix.I22)));
                }
            }

            @Override
            public Set<EventType> getSupportedEvents() {
                return Set.of(EventType.RENDER_IMAGE);
            }
        };
        new PdfCanvasProcessor(listener)
                .processContent(appearance.getBytes(), new PdfResources(appearance.getAsDictionary(PdfName.Resources)));
        return found;
    }

    private static PdfDocument open(byte[] pdf) throws Exception {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }
}
