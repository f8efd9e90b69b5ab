package org.gongwen.seal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigInteger;
import java.time.Instant;

/**
 * A certificate on a county CRL; the serial is kept in hexadecimal. Serials are unique only per CA,
 * so each row names the CA that issued the certificate.
 */
@Entity
@Table(name = "seal_revoked_certificate")
@IdClass(RevokedCertificate.Key.class)
public class RevokedCertificate {

    /** Which county CA issued a revoked certificate. */
    public enum Authority {
        /** The county CA (RSA or EC) of PDF signatures. */
        COUNTY,
        /** The SM2 county CA of OFD seals. */
        COUNTY_SM2
    }

    public record Key(Authority authority, String serialNumber) implements Serializable {

        public Key() {
            this(null, null);
        }

        public static Key of(Authority authority, BigInteger serial) {
            return new Key(authority, serial.toString(16));
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "authority")
    private Authority authority;

    @Id
    @Column(name = "serial_number")
    private String serialNumber;

    @Column(name = "revoked_at", nullable = false)
    private Instant revokedAt;

    @Column(nullable = false)
    private int reason;

    protected RevokedCertificate() {}

    public RevokedCertificate(Authority authority, BigInteger serial, Instant revokedAt, int reason) {
        this.authority = authority;
        this.serialNumber = serial.toString(16);
        this.revokedAt = revokedAt;
        this.reason = reason;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Certificates.Revocation toRevocation() {
        return new Certificates.Revocation(new BigInteger(serialNumber, 16), revokedAt, reason);
    }
}
