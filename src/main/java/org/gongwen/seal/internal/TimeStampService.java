package org.gongwen.seal.internal;

import java.io.IOException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.gongwen.pdf.TrustServices;
import org.gongwen.seal.SealProperties;
import org.gongwen.shared.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The county time-stamping authority (RFC 3161) and the county's trust services for signing: its key
 * and certificate under the county CA are made on first start (and again before the certificate
 * expires, or when the CA or the master key changed), served at {@code POST /pki/tsa} and used in the
 * process when a PDF is signed or time-stamped.
 */
@Service
public class TimeStampService implements TrustServices {

    private static final Logger log = LoggerFactory.getLogger(TimeStampService.class);

    private final PkiService pki;
    private final SealProperties properties;
    private final TsaKeyFiles files;
    private final Clock clock;
    private volatile CountyTsa tsa;

    public TimeStampService(PkiService pki, SealProperties properties, KeyVault vault, Clock clock) {
        this.pki = pki;
        this.properties = properties;
        this.files = new TsaKeyFiles(properties.tsaKeyPath(), vault);
        this.clock = clock;
    }

    /** Reads the TSA's key and certificate, making new ones when there are none fit for use. */
    public synchronized void ensureTsa() {
        X509Certificate ca = pki.caCertificate();
        String algorithm = pki.keyAlgorithm().signatureAlgorithm();
        TsaKeyFiles.Stored stored = files.read(ca.getPublicKey().getAlgorithm())
                .filter(s -> fit(s.certificate(), ca))
                .orElseGet(this::create);
        tsa = new CountyTsa(stored.key(), stored.certificate(), ca, algorithm);
    }

    /** The TSA's certificate now in use. */
    public X509Certificate certificate() {
        return current().certificate();
    }

    /**
     * The DER time-stamp response to a DER time-stamp request: granted, or rejected with RFC 3161's
     * reason (an unaccepted algorithm, say).
     *
     * @throws BusinessException invalid when {@code request} is not a time-stamp request
     */
    public byte[] respond(byte[] request) {
        TimeStampRequest parsed;
        try {
            parsed = new TimeStampRequest(request);
        } catch (IOException | RuntimeException e) {
            throw BusinessException.invalid("pki.error.timeStampRequest");
        }
        try {
            return current().respond(parsed, clock.instant()).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode the time-stamp response", e);
        }
    }

    @Override
    public byte[] timeStampToken(byte[] sha256) {
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256, sha256);
        TimeStampResponse response = current().respond(request, clock.instant());
        try {
            response.validate(request);
            return response.getTimeStampToken().getEncoded();
        } catch (TSPException | IOException | RuntimeException e) {
            throw new IllegalStateException("The county TSA refused a time-stamp: " + response.getStatusString(), e);
        }
    }

    /** The county CRL for certificates the county CA issued (seals, the TSA); nothing for others. */
    @Override
    public List<byte[]> crls(X509Certificate certificate) {
        X509Certificate ca = pki.caCertificate();
        if (!certificate.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
            return List.of();
        }
        try {
            certificate.verify(ca.getPublicKey());
        } catch (java.security.GeneralSecurityException e) {
            return List.of();
        }
        return List.of(pki.crl());
    }

    private CountyTsa current() {
        CountyTsa current = tsa;
        if (current == null || renewalDue(current.certificate())) {
            ensureTsa();
            current = tsa;
        }
        return current;
    }

    private boolean fit(X509Certificate certificate, X509Certificate ca) {
        try {
            certificate.verify(ca.getPublicKey());
        } catch (java.security.GeneralSecurityException e) {
            log.warn(
                    "The time-stamping certificate in {} was not issued by the current county CA: making a new one",
                    files.keyFile());
            return false;
        }
        return !renewalDue(certificate);
    }

    private boolean renewalDue(X509Certificate certificate) {
        Instant renewFrom =
                certificate.getNotAfter().toInstant().minus(Duration.ofDays(properties.tsaRenewBeforeDays()));
        return !clock.instant().isBefore(renewFrom);
    }

    private TsaKeyFiles.Stored create() {
        KeyPair keys = Certificates.generateKeyPair(pki.keyAlgorithm(), properties.rsaKeySize());
        X509Certificate certificate = pki.issueTsaCertificate(keys.getPublic());
        try {
            files.write(keys.getPrivate(), certificate);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot store the time-stamping key in " + files.keyFile(), e);
        }
        log.info(
                "County time-stamping authority key made: {}, certificate valid until {}",
                files.keyFile(),
                certificate.getNotAfter().toInstant());
        return new TsaKeyFiles.Stored(keys.getPrivate(), certificate);
    }
}
