package org.gongwen.seal;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.gongwen.pdf.ExternalSealSigner;
import org.gongwen.pdf.OfdSigner;
import org.gongwen.seal.internal.Certificates;
import org.gongwen.seal.internal.CountersignKeyFile;
import org.gongwen.seal.internal.KeyVault;
import org.gongwen.seal.internal.PkiService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The county system's countersignature of official print copies (A11.2). A copy's 份号 is added
 * after the seal signed the layout; the county system then signs the whole copy, so a changed number
 * is detected. Its key is made on first start under a certificate of the county CA (subject from
 * {@code gongwen.seal.countersign-subject}, by default the CA's names with the CN "…电子公文交换系统
 * 份号加签"), kept encrypted under the master key in the key directory, and made anew when its
 * certificate nears its end, is revoked, names another subject or comes from another CA. Copies
 * signed before stay verifiable: each carries its certificate and the CA's. OFD print copies are
 * countersigned the same way with an SM2 key under the SM2 county CA ({@link #ofdCountersigner()}),
 * kept beside it ({@code countersign-sm2.key}).
 */
@Service
public class CopyCountersigning {

    /** A certificate this close to its end is replaced, so a copy is never signed on its last day. */
    static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private static final String CA_SUFFIX = "根证书";
    private static final String COMMON_NAME_SUFFIX = " 份号加签";
    private static final Logger log = LoggerFactory.getLogger(CopyCountersigning.class);

    private final PkiService pki;
    private final SealProperties properties;
    private final CountersignKeyFile keyFile;
    private final Clock clock;
    private final CountersignKeyFile sm2KeyFile;
    private CountersignKeyFile.Entry current;
    private CountersignKeyFile.Entry currentSm2;

    public CopyCountersigning(PkiService pki, KeyVault vault, SealProperties properties, Clock clock) {
        this.pki = pki;
        this.properties = properties;
        this.keyFile = new CountersignKeyFile(properties.countersignKeyPath(), vault);
        Path path = properties.countersignKeyPath();
        String name = path.getFileName().toString();
        this.sm2KeyFile = new CountersignKeyFile(
                path.resolveSibling(
                        name.endsWith(".key") ? name.substring(0, name.length() - 4) + "-sm2.key" : name + "-sm2"),
                vault,
                true);
        this.clock = clock;
    }

    /** The county system's SM2 key and certificate (SM2 county CA) that countersigns OFD print copies. */
    public OfdSigner ofdCountersigner() {
        CountersignKeyFile.Entry entry = sm2Key();
        return new Sm2Countersigner(entry.key(), entry.chain()[0]);
    }

    /** The countersigning key and its chain (its certificate, then the county CA's), for {@code PdfSigning}. */
    public ExternalSealSigner signer() {
        CountersignKeyFile.Entry entry = key();
        String algorithm = "EC".equals(entry.key().getAlgorithm())
                ? SealProperties.KeyAlgorithm.EC.signatureAlgorithm()
                : SealProperties.KeyAlgorithm.RSA.signatureAlgorithm();
        return new HeldKeySigner("Countersigning", entry.key(), algorithm, entry.chain());
    }

    /** Where the countersignature says it was made: the county's organisation in the certificate. */
    public String location() {
        String subject = subject();
        String organization = Certificates.nameIn(subject, "O");
        return organization != null ? organization : Certificates.nameIn(subject, "CN");
    }

    /** The subject of the countersigning certificate: as configured, or derived from the CA's. */
    public String subject() {
        String configured = properties.countersignSubject();
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String caName = Certificates.nameIn(properties.caSubject(), "CN");
        String county = caName == null
                ? ""
                : caName.endsWith(CA_SUFFIX)
                        ? caName.substring(0, caName.length() - CA_SUFFIX.length()) + "系统"
                        : caName;
        return Certificates.withCommonName(properties.caSubject(), county + COMMON_NAME_SUFFIX);
    }

    /** Reads the key, or makes a new one when there is none fit to sign with: on first start, before any print. */
    public void ensureKey() {
        key();
        sm2Key();
    }

    private synchronized CountersignKeyFile.Entry sm2Key() {
        X509Certificate ca = pki.sm2CaCertificate();
        if (currentSm2 == null || !fitSm2(currentSm2, ca)) {
            currentSm2 = sm2KeyFile.read().filter(stored -> fitSm2(stored, ca)).orElseGet(() -> {
                KeyPair keys = Certificates.generateKeyPair(SealProperties.KeyAlgorithm.SM2, 0);
                X509Certificate certificate = pki.issueSm2SystemCertificate(subject(), keys.getPublic());
                CountersignKeyFile.Entry entry =
                        new CountersignKeyFile.Entry(keys.getPrivate(), new X509Certificate[] {certificate, ca});
                sm2KeyFile.write(entry);
                log.info(
                        "County SM2 countersigning key for OFD print copies created: {}, valid until {}",
                        certificate.getSubjectX500Principal().getName(),
                        certificate.getNotAfter().toInstant());
                return entry;
            });
        }
        return currentSm2;
    }

    private boolean fitSm2(CountersignKeyFile.Entry entry, X509Certificate ca) {
        return fitFor(entry, ca) && !pki.isSm2Revoked(entry.chain()[0].getSerialNumber());
    }

    private synchronized CountersignKeyFile.Entry key() {
        X509Certificate ca = pki.caCertificate();
        if (current == null || !fit(current, ca)) {
            current = keyFile.read().filter(stored -> fit(stored, ca)).orElseGet(() -> create(ca));
        }
        return current;
    }

    private boolean fit(CountersignKeyFile.Entry entry, X509Certificate ca) {
        return fitFor(entry, ca) && !pki.isRevoked(entry.chain()[0].getSerialNumber());
    }

    private boolean fitFor(CountersignKeyFile.Entry entry, X509Certificate ca) {
        X509Certificate certificate = entry.chain()[0];
        try {
            certificate.verify(ca.getPublicKey());
            certificate.checkValidity(Date.from(clock.instant().plus(RENEW_BEFORE)));
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (GeneralSecurityException e) {
            return false;
        }
        return entry.chain().length == 2
                && entry.chain()[1].equals(ca)
                && Certificates.sameName(certificate, subject());
    }

    private CountersignKeyFile.Entry create(X509Certificate ca) {
        KeyPair keys = Certificates.generateKeyPair(pki.keyAlgorithm(), properties.rsaKeySize());
        X509Certificate certificate = pki.issueSystemCertificate(subject(), keys.getPublic());
        CountersignKeyFile.Entry entry =
                new CountersignKeyFile.Entry(keys.getPrivate(), new X509Certificate[] {certificate, ca});
        keyFile.write(entry);
        log.info(
                "County countersigning key for print copies created: {}, valid until {}, kept in {}",
                certificate.getSubjectX500Principal().getName(),
                certificate.getNotAfter().toInstant(),
                keyFile.path().toAbsolutePath());
        return entry;
    }

    private record Sm2Countersigner(PrivateKey key, X509Certificate certificate) implements OfdSigner {

        @Override
        public byte[] sign(byte[] data) {
            return KeySignature.sign(
                    key, SealProperties.KeyAlgorithm.SM2.signatureAlgorithm(), data, "SM2 countersigning");
        }

        @Override
        public String toString() {
            return "OfdCountersigner[" + certificate.getSubjectX500Principal() + "]";
        }
    }
}
