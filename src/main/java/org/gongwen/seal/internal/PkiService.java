package org.gongwen.seal.internal;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gongwen.seal.SealProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county PKI: a root CA created on first start, its certificate and its CRL; beside it the SM2
 * county CA of OFD seals (GB/T 38540) with its own certificate and CRL. The CAs' private keys exist
 * in clear only in memory while they sign; no method returns them.
 */
@Service
public class PkiService {

    static final String CA_KEY_PURPOSE = "county-ca-private-key";
    private static final Logger log = LoggerFactory.getLogger(PkiService.class);

    private final CountyCaRepository authorities;
    private final RevokedCertificateRepository revocations;
    private final KeyVault vault;
    private final SealProperties properties;
    private final Clock clock;
    private final Sm2CountyCa sm2;
    private final SealMakerKey sealMaker;
    private volatile CachedCrl cachedCrl;
    private final RecentCaCertificate recentCa = new RecentCaCertificate(() -> parseCertificate(caCertificatePem()));

    private record CachedCrl(byte[] der, Instant renewAfter) {}

    public PkiService(
            CountyCaRepository authorities,
            RevokedCertificateRepository revocations,
            KeyVault vault,
            SealProperties properties,
            Clock clock,
            Sm2CountyCa sm2,
            SealMakerKey sealMaker) {
        this.sm2 = sm2;
        this.sealMaker = sealMaker;
        this.authorities = authorities;
        this.revocations = revocations;
        this.vault = vault;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Creates the county root CA, the SM2 county CA and the information centre's seal-making key
     * (制章人, under the SM2 CA) unless they exist.
     */
    @Transactional
    public void ensureCountyCa() {
        if (properties.keyAlgorithm() == SealProperties.KeyAlgorithm.SM2) {
            throw new IllegalStateException("gongwen.seal.key-algorithm is RSA or EC: PDF readers verify no SM2; "
                    + "the SM2 county CA is made beside it");
        }
        sm2.ensure();
        sealMaker.ensure();
        if (authorities.findCurrent().isPresent()) {
            return;
        }
        KeyPair keys = Certificates.generateKeyPair(properties.keyAlgorithm(), properties.rsaKeySize());
        Instant now = clock.instant();
        Instant until = now.atOffset(ZoneOffset.UTC)
                .plusYears(properties.caValidityYears())
                .toInstant();
        X509Certificate certificate = Certificates.selfSignedCa(
                keys, properties.caSubject(), now.minus(Duration.ofMinutes(5)), until, properties.keyAlgorithm());
        authorities.save(new CountyCa(
                properties.caSubject(),
                properties.keyAlgorithm(),
                Certificates.pem(certificate),
                vault.encrypt(keys.getPrivate().getEncoded(), CA_KEY_PURPOSE),
                now));
        log.info(
                "County root CA created: {} ({}), valid until {}",
                properties.caSubject(),
                properties.keyAlgorithm(),
                until);
    }

    @Transactional(readOnly = true)
    public String caCertificatePem() {
        return ca().getCertificatePem();
    }

    @Transactional(readOnly = true)
    public X509Certificate caCertificate() {
        return recentCa.get();
    }

    /** The current CRL (DER), renewed after a revocation and halfway through its validity. */
    @Transactional
    public byte[] crl() {
        CachedCrl current = cachedCrl;
        if (current != null && clock.instant().isBefore(current.renewAfter())) {
            return current.der().clone();
        }
        CountyCa ca = ca();
        Instant now = clock.instant();
        Duration validity = Duration.ofDays(properties.crlValidityDays());
        X509CRL crl = Certificates.crl(
                parseCertificate(ca.getCertificatePem()),
                privateKey(ca),
                ca.getKeyAlgorithm(),
                revocations.findByAuthority(RevokedCertificate.Authority.COUNTY).stream()
                        .map(RevokedCertificate::toRevocation)
                        .toList(),
                ca.takeCrlNumber(),
                now,
                now.plus(validity));
        try {
            byte[] der = crl.getEncoded();
            cachedCrl = new CachedCrl(der, now.plus(validity.dividedBy(2)));
            return der.clone();
        } catch (CRLException e) {
            throw new IllegalStateException("Cannot encode the CRL", e);
        }
    }

    /** Issues a seal certificate for a public key, valid for the configured number of years. */
    @Transactional(readOnly = true)
    public X509Certificate issueSealCertificate(
            String sealName, String unitFullName, String unitCode, PublicKey sealKey) {
        SealValidity validity = SealValidity.from(clock.instant(), properties);
        return issueSealCertificate(
                sealName, unitFullName, unitCode, sealKey, validity.notBefore(), validity.notAfter());
    }

    @Transactional(readOnly = true)
    public X509Certificate issueSealCertificate(
            String sealName,
            String unitFullName,
            String unitCode,
            PublicKey sealKey,
            Instant notBefore,
            Instant notAfter) {
        CountyCa ca = ca();
        return Certificates.sealCertificate(
                parseCertificate(ca.getCertificatePem()),
                privateKey(ca),
                ca.getKeyAlgorithm(),
                sealKey,
                new Certificates.SealSubject(sealName, unitFullName, unitCode),
                notBefore,
                notAfter,
                crlUrl());
    }

    /**
     * Issues the county time-stamping authority's certificate for its public key, valid for the
     * configured number of years but not beyond the CA's own certificate.
     */
    @Transactional(readOnly = true)
    public X509Certificate issueTsaCertificate(PublicKey tsaKey) {
        CountyCa ca = ca();
        X509Certificate caCertificate = parseCertificate(ca.getCertificatePem());
        Instant now = clock.instant();
        Instant until = now.atOffset(ZoneOffset.UTC)
                .plusYears(properties.tsaValidityYears())
                .toInstant();
        if (until.isAfter(caCertificate.getNotAfter().toInstant())) {
            until = caCertificate.getNotAfter().toInstant();
        }
        String subject = properties.caSubject().replaceFirst("CN=([^,]+)", "CN=$1时间戳服务");
        return Certificates.tsaCertificate(
                caCertificate,
                privateKey(ca),
                ca.getKeyAlgorithm(),
                tsaKey,
                subject,
                now.minus(Duration.ofMinutes(5)),
                until,
                crlUrl());
    }

    /** Where certificates say the CRL is: the configured public base URL and {@code /pki/crl}. */
    String crlUrl() {
        String base = properties.publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/pki/crl";
    }

    /**
     * Issues a certificate of the county system itself (e.g. the countersignature of print copies),
     * valid as long as a seal certificate.
     */
    @Transactional(readOnly = true)
    public X509Certificate issueSystemCertificate(String subjectDn, PublicKey key) {
        CountyCa ca = ca();
        SealValidity validity = SealValidity.from(clock.instant(), properties);
        return Certificates.systemCertificate(
                parseCertificate(ca.getCertificatePem()),
                privateKey(ca),
                ca.getKeyAlgorithm(),
                key,
                subjectDn,
                validity.notBefore(),
                validity.notAfter(),
                crlUrl());
    }

    /** The algorithm of the county CA, which seal keys follow. */
    @Transactional(readOnly = true)
    public SealProperties.KeyAlgorithm keyAlgorithm() {
        return ca().getKeyAlgorithm();
    }

    @Transactional(readOnly = true)
    public boolean isRevoked(BigInteger serial) {
        return revocations.existsById(RevokedCertificate.Key.of(RevokedCertificate.Authority.COUNTY, serial));
    }

    /** Puts a certificate of the county CA on its CRL (RFC 5280 reason code). */
    @Transactional
    public void revoke(BigInteger serial, int reason) {
        if (!isRevoked(serial)) {
            revocations.save(
                    new RevokedCertificate(RevokedCertificate.Authority.COUNTY, serial, clock.instant(), reason));
        }
        cachedCrl = null;
    }

    /** The SM2 county CA's certificate (SM3withSM2, self-signed), read with Bouncy Castle. */
    @Transactional(readOnly = true)
    public X509Certificate sm2CaCertificate() {
        return sm2.certificate();
    }

    @Transactional(readOnly = true)
    public String sm2CaCertificatePem() {
        return sm2.certificatePem();
    }

    /** The SM2 county CA's current CRL (DER, SM3withSM2). */
    @Transactional
    public byte[] sm2Crl() {
        return sm2.crl();
    }

    /** Where SM2 certificates say their CRL is: the public base URL and {@code /pki/crl-sm2}. */
    public String sm2CrlUrl() {
        return sm2.crlUrl();
    }

    @Transactional(readOnly = true)
    public boolean isSm2Revoked(BigInteger serial) {
        return sm2.isRevoked(serial);
    }

    /** Puts a certificate of the SM2 county CA on its CRL (RFC 5280 reason code). */
    @Transactional
    public void revokeSm2(BigInteger serial, int reason) {
        sm2.revoke(serial, reason);
    }

    /** The certificate of the information centre's seal-making key, which signs electronic seals. */
    @Transactional(readOnly = true)
    public X509Certificate sealMakerCertificate() {
        return sealMaker.certificate();
    }

    /** A certificate of the county system from the SM2 county CA (OFD countersigning, seal making). */
    @Transactional(readOnly = true)
    public X509Certificate issueSm2SystemCertificate(String subjectDn, PublicKey key) {
        return sm2.issueSystemCertificate(subjectDn, key);
    }

    private CountyCa ca() {
        return authorities
                .findCurrent()
                .orElseThrow(() -> new IllegalStateException("The county CA has not been created"));
    }

    private PrivateKey privateKey(CountyCa ca) {
        return vault.decryptPrivateKey(ca.getEncryptedKey(), CA_KEY_PURPOSE, ca.getKeyAlgorithm());
    }

    public static X509Certificate parseCertificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalStateException("Stored certificate unreadable", e);
        }
    }
}
