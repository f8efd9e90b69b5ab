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
import org.gongwen.shared.BusinessException;

@Entity
@Table(name = "seal_seal")
public class Seal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "seal_type", nullable = false)
    private SealType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SealStatus status;

    @Column(name = "custodian_id")
    private Long custodianId;

    @Column(name = "certificate_pem")
    private String certificatePem;

    @Column(name = "serial_number")
    private String serialNumber;

    @Column(name = "not_after")
    private Instant notAfter;

    private byte[] keystore;

    @Column(name = "keystore_password")
    private byte[] keystorePassword;

    @Column(name = "sm2_certificate_pem")
    private String sm2CertificatePem;

    @Column(name = "sm2_serial_number")
    private String sm2SerialNumber;

    @Column(name = "sm2_keystore")
    private byte[] sm2Keystore;

    @Column(name = "sm2_keystore_password")
    private byte[] sm2KeystorePassword;

    @jakarta.persistence.Lob
    @Column(name = "ses_seal", columnDefinition = "mediumblob")
    private byte[] sesSeal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Seal() {}

    public Seal(long unitId, String name, SealType type, Instant now) {
        this.unitId = unitId;
        this.name = name;
        this.type = type;
        this.status = SealStatus.APPLIED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves to {@code next}, refusing any transition the lifecycle does not allow. */
    public void moveTo(SealStatus next, Instant now) {
        boolean allowed = switch (next) {
            case APPROVED, REJECTED -> status == SealStatus.APPLIED;
            case MADE -> status == SealStatus.APPROVED;
            case ACTIVE -> status == SealStatus.MADE;
            case REVOKED -> status == SealStatus.MADE || status == SealStatus.ACTIVE;
            case APPLIED -> false;
        };
        if (!allowed) {
            throw BusinessException.conflict("seal.error.transition", status, next);
        }
        status = next;
        updatedAt = now;
    }

    public void storeKeyMaterial(
            String certificatePem, String serialNumber, Instant notAfter, byte[] keystore, byte[] encryptedPassword) {
        this.certificatePem = certificatePem;
        this.serialNumber = serialNumber;
        this.notAfter = notAfter;
        this.keystore = keystore.clone();
        this.keystorePassword = encryptedPassword.clone();
    }

    /** The SM2 certificate and keystore (OFD seals) and the GB/T 38540 electronic seal made with them. */
    public void storeSm2Material(
            String certificatePem, String serialNumber, byte[] keystore, byte[] encryptedPassword, byte[] sesSeal) {
        this.sm2CertificatePem = certificatePem;
        this.sm2SerialNumber = serialNumber;
        this.sm2Keystore = keystore.clone();
        this.sm2KeystorePassword = encryptedPassword.clone();
        this.sesSeal = sesSeal.clone();
    }

    /** Puts the SM2 keystore back (restore from escrow); certificate and electronic seal stay. */
    public void restoreSm2Keystore(byte[] keystore, byte[] encryptedPassword) {
        this.sm2Keystore = keystore.clone();
        this.sm2KeystorePassword = encryptedPassword.clone();
    }

    /** Destroys the live key material of both certificates (revocation); the escrow copy is kept separately. */
    public void destroyKeyMaterial() {
        keystore = null;
        keystorePassword = null;
        sm2Keystore = null;
        sm2KeystorePassword = null;
    }

    public boolean hasSm2Material() {
        return sm2CertificatePem != null;
    }

    public String getSm2CertificatePem() {
        return sm2CertificatePem;
    }

    public String getSm2SerialNumber() {
        return sm2SerialNumber;
    }

    public byte[] getSm2Keystore() {
        return sm2Keystore == null ? null : sm2Keystore.clone();
    }

    public byte[] getSm2KeystorePassword() {
        return sm2KeystorePassword == null ? null : sm2KeystorePassword.clone();
    }

    public byte[] getSesSeal() {
        return sesSeal == null ? null : sesSeal.clone();
    }

    public void assignCustodian(long personId) {
        custodianId = personId;
    }

    public SealInfo toInfo() {
        return new SealInfo(id, unitId, name, type, status, custodianId, serialNumber, notAfter);
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getName() {
        return name;
    }

    public SealType getType() {
        return type;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public java.time.Instant getNotAfter() {
        return notAfter;
    }

    public SealStatus getStatus() {
        return status;
    }

    public Long getCustodianId() {
        return custodianId;
    }

    public String getCertificatePem() {
        return certificatePem;
    }

    public byte[] getKeystore() {
        return keystore == null ? null : keystore.clone();
    }

    public byte[] getKeystorePassword() {
        return keystorePassword == null ? null : keystorePassword.clone();
    }
}
