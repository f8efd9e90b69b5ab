package org.gongwen.seal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The backup copy of a seal's keystore and password, encrypted under the backup key (A28). */
@Entity
@Table(name = "seal_escrow")
public class SealEscrow {

    @Id
    @Column(name = "seal_id")
    private Long sealId;

    @Column(nullable = false)
    private byte[] data;

    @Column(name = "sm2_data")
    private byte[] sm2Data;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SealEscrow() {}

    public SealEscrow(long sealId, byte[] data, Instant createdAt) {
        this.sealId = sealId;
        this.data = data.clone();
        this.createdAt = createdAt;
    }

    public byte[] getData() {
        return data.clone();
    }

    /** The backup of the SM2 keystore and its password, encrypted under the backup key. */
    public void storeSm2(byte[] encrypted) {
        this.sm2Data = encrypted.clone();
    }

    public byte[] getSm2Data() {
        return sm2Data == null ? null : sm2Data.clone();
    }
}
