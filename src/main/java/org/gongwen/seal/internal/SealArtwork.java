package org.gongwen.seal.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The seal image (transparent PNG at print resolution) stamped onto documents (A23). */
@Entity
@Table(name = "seal_image")
public class SealArtwork {

    @Id
    @Column(name = "seal_id")
    private Long sealId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "mediumblob")
    private byte[] png;

    @Column(name = "diameter_mm", nullable = false, precision = 4, scale = 1)
    private BigDecimal diameterMm;

    /** True for the star seals drawn for demo and test units that have no scan. */
    @Column(nullable = false)
    private boolean drawn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SealArtwork() {}

    public SealArtwork(long sealId, byte[] png, double diameterMm, boolean drawn, Instant createdAt) {
        this.sealId = sealId;
        this.png = png.clone();
        this.diameterMm = BigDecimal.valueOf(Math.round(diameterMm * 10), 1);
        this.drawn = drawn;
        this.createdAt = createdAt;
    }

    public byte[] getPng() {
        return png.clone();
    }

    public double getDiameterMm() {
        return diameterMm.doubleValue();
    }

    public boolean isDrawn() {
        return drawn;
    }
}
