package org.gongwen.seal.internal;

import java.time.Clock;
import java.util.Optional;
import org.gongwen.organization.UnitKind;
import org.gongwen.seal.internal.image.ImpressionLimits;
import org.gongwen.seal.internal.image.ImpressionReader;
import org.gongwen.seal.internal.image.ImpressionScan;
import org.gongwen.seal.internal.image.SealImage;
import org.gongwen.seal.internal.image.SealImageMaker;
import org.gongwen.seal.internal.image.StarSealDrawer;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Component;

/** Impression scans and seal images: checks an upload, stores it, makes or draws the image. */
@Component
public class SealArtworks {

    private final SealImpressionRepository impressions;
    private final SealArtworkRepository images;
    private final ImpressionReader reader = new ImpressionReader(ImpressionLimits.defaults());
    private final SealImageMaker maker = new SealImageMaker();
    private final StarSealDrawer drawer = new StarSealDrawer();
    private final Clock clock;

    SealArtworks(SealImpressionRepository impressions, SealArtworkRepository images, Clock clock) {
        this.impressions = impressions;
        this.images = images;
        this.clock = clock;
    }

    /** A checked scan and the seal image made from it; throws with a reason the user can act on. */
    public record CheckedScan(ImpressionScan scan, SealImage image) {

        public SealPreview preview() {
            return new SealPreview(image.png(), image.diameterMm());
        }
    }

    public CheckedScan check(ImpressionUpload upload, UnitKind kind) {
        ImpressionScan scan = reader.read(upload.filename(), upload.data());
        return new CheckedScan(scan, maker.fromScan(scan, SealSizes.ruleFor(kind)));
    }

    public void store(long sealId, ImpressionUpload upload, CheckedScan checked, String uploadedBy) {
        impressions.save(new SealImpression(
                sealId,
                checked.scan().type().mediaType(),
                upload.filename(),
                upload.data(),
                uploadedBy,
                clock.instant()));
        images.save(
                new SealArtwork(sealId, checked.image().png(), checked.image().diameterMm(), false, clock.instant()));
    }

    /** Copies the scan and image of an earlier seal (re-issue after loss or damage). */
    public void copy(long fromSealId, long toSealId) {
        impressions
                .findById(fromSealId)
                .ifPresent(old -> impressions.save(new SealImpression(
                        toSealId,
                        old.getMediaType(),
                        old.getFilename(),
                        old.getData(),
                        SealHistory.SYSTEM,
                        clock.instant())));
        images.findById(fromSealId)
                .ifPresent(old -> images.save(
                        new SealArtwork(toSealId, old.getPng(), old.getDiameterMm(), old.isDrawn(), clock.instant())));
    }

    /** A seal without a scan (demo and test units) gets a drawn star seal; never the national emblem. */
    public void ensureImage(long sealId, String unitName, SealType type, UnitKind kind) {
        if (images.existsById(sealId)) {
            return;
        }
        if (SealSizes.carriesNationalEmblem(kind)) {
            throw BusinessException.conflict("seal.error.emblemNeedsScan");
        }
        SealImage drawn =
                drawer.draw(unitName, type == SealType.DOCUMENT ? "公文专用章" : null, SealSizes.drawnDiameterMm(kind));
        images.save(new SealArtwork(sealId, drawn.png(), drawn.diameterMm(), true, clock.instant()));
    }

    /** A stand-in impression scan for demo units, which have no paper seal to scan. */
    public byte[] demoImpressionScan(String unitName, UnitKind kind) {
        return drawer.demoImpressionScan(unitName, SealSizes.drawnDiameterMm(kind));
    }

    public Optional<SealArtwork> image(long sealId) {
        return images.findById(sealId);
    }

    public Optional<SealImpression> impression(long sealId) {
        return impressions.findById(sealId);
    }
}
