package org.gongwen.seal.internal;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CRLException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.gongwen.seal.SealProperties;
import org.gongwen.seal.SealProperties.KeyAlgorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The SM2 county CA beside the county CA of PDF signatures: an sm2p256v1 key, a self-signed
 * SM3withSM2 root (GM/T 0015 profile), its own CRL at {@code /pki/crl-sm2} and its own revocations.
 * It issues the SM2 certificates of seals, of the information centre's seal-making key and of the
 * county system. Its private key is kept like the county CA's: encrypted under the master key.
 */
@Component
public class Sm2CountyCa {

    static final String KEY_PURPOSE = "county-sm2-ca-private-key";
    private static final RevokedCertificate.Authority AUTHORITY = RevokedCertificate.Authority.COUNTY_SM2;
    private static final Logger log = LoggerFactory.getLogger(Sm2CountyCa.class);

    private final CountyCaRepository authorities;
    private final RevokedCertificateRepository revocations;
    private final KeyVault vault;
    private final SealProperties properties;
    private final Clock clock;
    private volatile byte[] cachedCrl;
    private final RecentCaCertificate recent = new RecentCaCertificate(() -> Certificates.parsePem(certificatePem()));

    private volatile Instant renewCrlAfter = Instant.MIN;

    Sm2CountyCa(
            CountyCaRepository authorities,
            RevokedCertificateRepository revocations,
            KeyVault vault,
            SealProperties properties,
            Clock clock) {
        this.authorities = authorities;
        this.revocations = revocations;
        this.vault = vault;
        this.properties = properties;
        this.clock = clock;
    }

    /** The subject: the county CA's names, the CN marked as the SM2 root. */
    public String subject() {
        String cn = Certificates.nameIn(properties.caSubject(), "CN");
        String sm2Name = cn == null
                ? "SM2根证书"
                : cn.endsWith("根证书") ? cn.substring(0, cn.length() - "根证书".length()) + "SM2根证书" : cn + " SM2";
        return Certificates.withCommonName(properties.caSubject(), sm2Name);
    }

    /** Creates the SM2 root unless one exists; the caller holds a transaction. */
    public void ensure() {
        if (authorities.findCurrentSm2().isPresent()) {
            return;
        }
        KeyPair keys = Certificates.generateKeyPair(KeyAlgorithm.SM2, 0);
        Instant now = clock.instant();
        Instant until = now.atOffset(ZoneOffset.UTC)
                .plusYears(properties.caValidityYears())
                .toInstant();
        X509Certificate certificate =
                Certificates.selfSignedCa(keys, subject(), now.minus(Duration.ofMinutes(5)), until, KeyAlgorithm.SM2);
        authorities.save(new CountyCa(
                subject(),
                KeyAlgorithm.SM2,
                Certificates.pem(certificate),
                vault.encrypt(keys.getPrivate().getEncoded(), KEY_PURPOSE),
                now));
        log.info("SM2 county CA created: {}, valid until {}", subject(), until);
    }

    public String certificatePem() {
        return ca().getCertificatePem();
    }

    public X509Certificate certificate() {
        return recent.get();
    }

    /** Where the SM2 certificates say their CRL is. */
    public String crlUrl() {
        String base = properties.publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/pki/crl-sm2";
    }

    /** The CRL (DER, SM3withSM2), renewed after a revocation and halfway through its validity. */
    public synchronized byte[] crl() {
        Instant now = clock.instant();
        if (cachedCrl != null && now.isBefore(renewCrlAfter)) {
            return cachedCrl.clone();
        }
        CountyCa ca = ca();
        Duration validity = Duration.ofDays(properties.crlValidityDays());
        try {
            byte[] der = Certificates.crl(
                            certificate(),
                            privateKey(ca),
                            KeyAlgorithm.SM2,
                            revocations.findByAuthority(AUTHORITY).stream()
                                    .map(RevokedCertificate::toRevocation)
                                    .toList(),
                            ca.takeCrlNumber(),
                            now,
                            now.plus(validity))
                    .getEncoded();
            authorities.save(ca);
            cachedCrl = der;
            renewCrlAfter = now.plus(validity.dividedBy(2));
            return der.clone();
        } catch (CRLException e) {
            throw new IllegalStateException("Cannot encode the SM2 CRL", e);
        }
    }

    /** A seal's SM2 certificate: the same subject as its RSA certificate. */
    public X509Certificate issueSealCertificate(
            Certificates.SealSubject subject, PublicKey key, Instant notBefore, Instant notAfter) {
        CountyCa ca = ca();
        return Certificates.sealCertificate(
                certificate(), privateKey(ca), KeyAlgorithm.SM2, key, subject, notBefore, notAfter, crlUrl());
    }

    /** A certificate of the county itself (seal maker, countersigning), valid as long as a seal certificate. */
    public X509Certificate issueSystemCertificate(String subjectDn, PublicKey key) {
        CountyCa ca = ca();
        SealValidity validity = SealValidity.from(clock.instant(), properties);
        return Certificates.systemCertificate(
                certificate(),
                privateKey(ca),
                KeyAlgorithm.SM2,
                key,
                subjectDn,
                validity.notBefore(),
                validity.notAfter(),
                crlUrl());
    }

    public boolean isRevoked(BigInteger serial) {
        return revocations.existsById(RevokedCertificate.Key.of(AUTHORITY, serial));
    }

    public java.util.Optional<Instant> revokedAt(BigInteger serial) {
        return revocations
                .findById(RevokedCertificate.Key.of(AUTHORITY, serial))
                .map(RevokedCertificate::getRevokedAt);
    }

    public void revoke(BigInteger serial, int reason) {
        if (!isRevoked(serial)) {
            revocations.save(new RevokedCertificate(AUTHORITY, serial, clock.instant(), reason));
        }
        cachedCrl = null;
    }

    /** The subject of a key of the county, named after the CA's organisation unit (or county). */
    public String countySubject(String commonNameSuffix) {
        X500Name name = new X500Name(BCStyle.INSTANCE, properties.caSubject());
        String unit = Certificates.nameIn(properties.caSubject(), "OU");
        String base = unit != null ? unit : Certificates.nameIn(properties.caSubject(), "O");
        return Certificates.withCommonName(name.toString(), (base == null ? "" : base) + commonNameSuffix);
    }

    private CountyCa ca() {
        return authorities
                .findCurrentSm2()
                .orElseThrow(() -> new IllegalStateException("The SM2 county CA has not been created"));
    }

    private PrivateKey privateKey(CountyCa ca) {
        return vault.decryptPrivateKey(ca.getEncryptedKey(), KEY_PURPOSE, KeyAlgorithm.SM2);
    }
}
