package org.gongwen.seal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigInteger;
import java.time.Instant;

/** A certificate on the county CRL; the serial is kept in hexadecimal. */
@Entity
@Table(name = "seal_revoked_certificate")
public class RevokedCertificate {

    @Id
    @Column(name = "serial_number")
    private String serialNumber;

    @Column(name = "revoked_at", nullable = false)
    private Instant revokedAt;

    @Column(nullable = false)
    private int reason;

    protected RevokedCertificate() {
    }

    public RevokedCertificate(BigInteger serial, Instant revokedAt, int reason) {
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
