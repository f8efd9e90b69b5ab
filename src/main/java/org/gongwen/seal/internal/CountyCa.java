package org.gongwen.seal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gongwen.seal.SealProperties.KeyAlgorithm;

/** The county root CA: its certificate, and its private key encrypted under the master key. */
@Entity
@Table(name = "seal_ca")
public class CountyCa {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_dn", nullable = false)
    private String subjectDn;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_algorithm", nullable = false)
    private KeyAlgorithm keyAlgorithm;

    @Column(name = "certificate_pem", nullable = false)
    private String certificatePem;

    @Column(name = "encrypted_key", nullable = false)
    private byte[] encryptedKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_crl_number", nullable = false)
    private long nextCrlNumber = 1;

    @Column(nullable = false)
    private boolean active = true;

    protected CountyCa() {}

    public CountyCa(
            String subjectDn,
            KeyAlgorithm keyAlgorithm,
            String certificatePem,
            byte[] encryptedKey,
            Instant createdAt) {
        this.subjectDn = subjectDn;
        this.keyAlgorithm = keyAlgorithm;
        this.certificatePem = certificatePem;
        this.encryptedKey = encryptedKey.clone();
        this.createdAt = createdAt;
    }

    /** Takes the next CRL number; CRL numbers only grow. */
    public long takeCrlNumber() {
        return nextCrlNumber++;
    }

    public Long getId() {
        return id;
    }

    public KeyAlgorithm getKeyAlgorithm() {
        return keyAlgorithm;
    }

    public String getCertificatePem() {
        return certificatePem;
    }

    public byte[] getEncryptedKey() {
        return encryptedKey.clone();
    }
}
