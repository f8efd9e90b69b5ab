package org.gongwen.seal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A key of the county itself (e.g. the seal-making key), its private key encrypted under the master key. */
@Entity
@Table(name = "seal_system_key")
public class SystemKey {

    @Id
    private String name;

    @Column(name = "certificate_pem", nullable = false)
    private String certificatePem;

    @Column(name = "encrypted_key", nullable = false)
    private byte[] encryptedKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SystemKey() {}

    public SystemKey(String name, String certificatePem, byte[] encryptedKey, Instant createdAt) {
        this.name = name;
        this.certificatePem = certificatePem;
        this.encryptedKey = encryptedKey.clone();
        this.createdAt = createdAt;
    }

    public String getCertificatePem() {
        return certificatePem;
    }

    public byte[] getEncryptedKey() {
        return encryptedKey.clone();
    }
}
