package org.gongwen.seal.internal;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * The county time-stamping authority (RFC 3161) with Bouncy Castle's TSP: answers requests with
 * tokens signed by its key, carrying its certificate and the county root when asked for.
 */
public final class CountyTsa {

    /** The TSA's policy: an OID made from a UUID (ITU-T X.667), which needs no registration. */
    public static final String POLICY = "2.25.147440508747173801811295887629484939937";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Hashes a time-stamp may be asked over; MD5 and SHA-1 are rejected (badAlg). */
    private static final Set<ASN1ObjectIdentifier> ACCEPTED =
            Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384, TSPAlgorithms.SHA512);

    private final TimeStampResponseGenerator responses;
    private final X509Certificate certificate;

    public CountyTsa(PrivateKey key, X509Certificate certificate, X509Certificate ca, String signatureAlgorithm) {
        this.certificate = certificate;
        try {
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build(signatureAlgorithm, key, certificate),
                    new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(TSPAlgorithms.SHA256)),
                    new ASN1ObjectIdentifier(POLICY));
            tokens.addCertificates(new JcaCertStore(List.of(certificate, ca)));
            responses = new TimeStampResponseGenerator(tokens, ACCEPTED);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up the time-stamping authority", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The response to {@code request}: granted, or rejected with the reason RFC 3161 names (bad algorithm...). */
    public synchronized TimeStampResponse respond(TimeStampRequest request, Instant now) {
        try {
            return responses.generateGrantedResponse(request, new BigInteger(127, RANDOM), Date.from(now));
        } catch (TSPException e) {
            try {
                return responses.generateRejectedResponse(e);
            } catch (TSPException rejected) {
                throw new IllegalStateException("Cannot answer the time-stamp request", rejected);
            }
        }
    }
}
