package org.gongwen.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A dedicated transmission computer or printer of a unit, in a named person's charge (A37). */
@Entity
@Table(name = "org_transmission_machine")
public class TransmissionMachine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MachineKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "asset_number")
    private String assetNumber;

    private String location;

    @Column(name = "responsible_id", nullable = false)
    private long responsibleId;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    protected TransmissionMachine() {}

    public TransmissionMachine(
            long unitId,
            MachineKind kind,
            String name,
            String assetNumber,
            String location,
            long responsibleId,
            Instant registeredAt,
            String registeredBy) {
        this.unitId = unitId;
        this.kind = kind;
        this.name = name;
        this.assetNumber = assetNumber;
        this.location = location;
        this.responsibleId = responsibleId;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    public void handTo(long personId) {
        this.responsibleId = personId;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public MachineKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getAssetNumber() {
        return assetNumber;
    }

    public String getLocation() {
        return location;
    }

    public long getResponsibleId() {
        return responsibleId;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
