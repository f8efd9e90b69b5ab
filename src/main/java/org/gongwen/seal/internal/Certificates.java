package org.gongwen.seal.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.gongwen.seal.SealProperties.KeyAlgorithm;

/** Key pairs, the county root certificate and CRLs, with Bouncy Castle. */
public final class Certificates {

    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    /** A revoked certificate as the CRL lists it. */
    public record Revocation(BigInteger serial, Instant revokedAt, int reason) {}

    private Certificates() {}

    public static KeyPair generateKeyPair(KeyAlgorithm algorithm, int rsaKeySize) {
        try {
            if (algorithm == KeyAlgorithm.SM2) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastleProvider.PROVIDER_NAME);
                generator.initialize(new ECGenParameterSpec("sm2p256v1"), RANDOM);
                return generator.generateKeyPair();
            }
            if (algorithm == KeyAlgorithm.EC) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
                return generator.generateKeyPair();
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(rsaKeySize, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate a " + algorithm + " key pair", e);
        }
    }

    public static X509Certificate selfSignedCa(
            KeyPair keys, String subject, Instant notBefore, Instant notAfter, KeyAlgorithm algorithm) {
        try {
            X500Name name = new X500Name(subject);
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name, serial(), Date.from(notBefore), Date.from(notAfter), name, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
            if (algorithm == KeyAlgorithm.SM2) {
                // GM/T 0015 lists the authority key identifier in every certificate, a root's own included
                builder.addExtension(
                        Extension.authorityKeyIdentifier,
                        false,
                        extensions.createAuthorityKeyIdentifier(keys.getPublic()));
            }
            return certificate(builder.build(signer(keys.getPrivate(), algorithm)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the county CA certificate", e);
        }
    }

    /**
     * A seal certificate: subject names the seal, the unit and its code; key usage for signing and
     * non-repudiation only; the CRL's address so that PDF readers can check revocation.
     */
    public static X509Certificate sealCertificate(
            X509Certificate ca,
            PrivateKey caKey,
            KeyAlgorithm algorithm,
            PublicKey sealKey,
            SealSubject subject,
            Instant notBefore,
            Instant notAfter,
            String crlUrl) {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.O, subject.unitFullName())
                .addRDN(BCStyle.OU, subject.unitCode())
                .addRDN(BCStyle.CN, subject.sealName())
                .build();
        return signingCertificate(ca, caKey, algorithm, sealKey, name, notBefore, notAfter, crlUrl);
    }

    /**
     * A certificate of the county system itself (not of a unit's seal), e.g. the one that countersigns
     * official print copies: the same profile as a seal certificate, with {@code subjectDn} as given.
     */
    public static X509Certificate systemCertificate(
            X509Certificate ca,
            PrivateKey caKey,
            KeyAlgorithm algorithm,
            PublicKey key,
            String subjectDn,
            Instant notBefore,
            Instant notAfter,
            String crlUrl) {
        return signingCertificate(
                ca, caKey, algorithm, key, new X500Name(BCStyle.INSTANCE, subjectDn), notBefore, notAfter, crlUrl);
    }

    private static X509Certificate signingCertificate(
            X509Certificate ca,
            PrivateKey caKey,
            KeyAlgorithm algorithm,
            PublicKey key,
            X500Name name,
            Instant notBefore,
            Instant notAfter,
            String crlUrl) {
        try {
            JcaX509v3CertificateBuilder builder =
                    new JcaX509v3CertificateBuilder(ca, serial(), Date.from(notBefore), Date.from(notAfter), name, key);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            addKeyIdentifiersAndCrl(builder, ca, key, crlUrl);
            return certificate(builder.build(signer(caKey, algorithm)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot issue the certificate for " + name, e);
        }
    }

    /**
     * The county time-stamping authority's certificate (RFC 3161 2.3): extended key usage
     * id-kp-timeStamping only, critical; key usage for signing only; the CRL's address.
     */
    public static X509Certificate tsaCertificate(
            X509Certificate ca,
            PrivateKey caKey,
            KeyAlgorithm algorithm,
            PublicKey tsaKey,
            String subject,
            Instant notBefore,
            Instant notAfter,
            String crlUrl) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    ca, serial(), Date.from(notBefore), Date.from(notAfter), new X500Name(subject), tsaKey);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(
                    Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            addKeyIdentifiersAndCrl(builder, ca, tsaKey, crlUrl);
            return certificate(builder.build(signer(caKey, algorithm)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot issue the time-stamping certificate", e);
        }
    }

    /** The extensions every end-entity certificate of the county carries last: both key identifiers, the CRL's address. */
    private static void addKeyIdentifiersAndCrl(
            JcaX509v3CertificateBuilder builder, X509Certificate ca, PublicKey key, String crlUrl)
            throws IOException, GeneralSecurityException {
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key));
        builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(ca));
        GeneralNames crlName = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl));
        builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(new DistributionPointName(crlName), null, null)
        }));
    }

    /** Who a seal certificate names. */
    public record SealSubject(String sealName, String unitFullName, String unitCode) {}

    /** The names {@link #sealCertificate} put in a certificate's subject; null where one is missing. */
    public static SealSubject subjectOf(X509Certificate certificate) {
        X500Name name =
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return new SealSubject(first(name, BCStyle.CN), first(name, BCStyle.O), first(name, BCStyle.OU));
    }

    /** {@code subjectDn} with {@code commonName} as its CN (in place of the one it has); the other names stay. */
    public static String withCommonName(String subjectDn, String commonName) {
        X500Name name = new X500Name(BCStyle.INSTANCE, subjectDn);
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
        if (name.getRDNs(BCStyle.CN).length == 0) {
            builder.addRDN(BCStyle.CN, commonName);
        }
        for (RDN rdn : name.getRDNs()) {
            if (rdn.getFirst().getType().equals(BCStyle.CN)) {
                builder.addRDN(BCStyle.CN, commonName);
            } else {
                builder.addRDN(rdn.getFirst());
            }
        }
        return builder.build().toString();
    }

    /** Whether {@code certificate}'s subject is {@code subjectDn}, compared as names (not as strings). */
    public static boolean sameName(X509Certificate certificate, String subjectDn) {
        return X500Name.getInstance(
                        BCStyle.INSTANCE, certificate.getSubjectX500Principal().getEncoded())
                .equals(new X500Name(BCStyle.INSTANCE, subjectDn));
    }

    /** The first value of {@code type} ("CN", "O", …) in {@code subjectDn}; null when it has none. */
    public static String nameIn(String subjectDn, String type) {
        X500Name name = new X500Name(BCStyle.INSTANCE, subjectDn);
        return first(name, BCStyle.INSTANCE.attrNameToOID(type));
    }

    private static String first(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0
                ? null
                : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    public static X509CRL crl(
            X509Certificate ca,
            PrivateKey caKey,
            KeyAlgorithm algorithm,
            List<Revocation> revoked,
            long number,
            Instant thisUpdate,
            Instant nextUpdate) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    new X509CertificateHolder(ca.getEncoded()).getSubject(), Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            for (Revocation r : revoked) {
                builder.addCRLEntry(r.serial(), Date.from(r.revokedAt()), r.reason());
            }
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)));
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca));
            return new JcaX509CRLConverter()
                    .setProvider(BouncyCastleProvider.PROVIDER_NAME)
                    .getCRL(builder.build(signer(caKey, algorithm)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the CRL", e);
        }
    }

    /** A certificate read with Bouncy Castle, which knows SM2 keys (the JDK's own provider does not). */
    public static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate)
                    java.security.cert.CertificateFactory.getInstance("X.509", BouncyCastleProvider.PROVIDER_NAME)
                            .generateCertificate(new java.io.ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an X.509 certificate", e);
        }
    }

    /** As {@link #parse(byte[])}, from PEM. */
    public static X509Certificate parsePem(String pem) {
        return parse(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** A PKCS#8 private key of {@code algorithm}; SM2 keys through Bouncy Castle. */
    public static PrivateKey privateKey(byte[] pkcs8, KeyAlgorithm algorithm) {
        try {
            java.security.KeyFactory factory = algorithm == KeyAlgorithm.SM2
                    ? java.security.KeyFactory.getInstance("EC", BouncyCastleProvider.PROVIDER_NAME)
                    : java.security.KeyFactory.getInstance(algorithm.name());
            return factory.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The " + algorithm + " key cannot be read", e);
        }
    }

    public static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static X509Certificate certificate(X509CertificateHolder holder) throws GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .setProvider(BouncyCastleProvider.PROVIDER_NAME)
                .getCertificate(holder);
    }

    private static ContentSigner signer(PrivateKey key, KeyAlgorithm algorithm) {
        try {
            return new JcaContentSignerBuilder(algorithm.signatureAlgorithm())
                    .setProvider(BouncyCastleProvider.PROVIDER_NAME)
                    .build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("No signer for " + algorithm, e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }
}
