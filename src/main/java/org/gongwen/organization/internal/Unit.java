package org.gongwen.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;

@Entity
@Table(name = "org_unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "doc_prefix")
    private String docPrefix;

    @Column(name = "holds_physical_seal", nullable = false)
    private boolean holdsPhysicalSeal;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Unit() {}

    public Unit(
            String code,
            String fullName,
            String shortName,
            UnitKind kind,
            Long parentId,
            String docPrefix,
            boolean holdsPhysicalSeal,
            int sortOrder) {
        this.code = code;
        this.fullName = fullName;
        this.shortName = shortName;
        this.kind = kind;
        this.parentId = parentId;
        this.docPrefix = docPrefix;
        this.holdsPhysicalSeal = holdsPhysicalSeal;
        this.sortOrder = sortOrder;
    }

    public UnitInfo toInfo() {
        return new UnitInfo(id, code, fullName, shortName, kind, parentId, docPrefix, holdsPhysicalSeal, active);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getFullName() {
        return fullName;
    }
}
