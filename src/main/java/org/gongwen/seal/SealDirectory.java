package org.gongwen.seal;

import java.util.List;
import java.util.OptionalDouble;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.seal.internal.Seal;
import org.gongwen.seal.internal.SealArtwork;
import org.gongwen.seal.internal.SealArtworks;
import org.gongwen.seal.internal.SealEventInfo;
import org.gongwen.seal.internal.SealHistory;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealPreview;
import org.gongwen.seal.internal.SealRepository;
import org.gongwen.seal.internal.SealSizes;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Seals as people may see them: their own unit's, or all for county-wide roles. No key material. */
@Service
@Transactional(readOnly = true)
public class SealDirectory {

    private final SealRepository seals;
    private final AuthenticatedUser authenticatedUser;
    private final SealArtworks artworks;
    private final SealHistory history;
    private final OrganizationService organization;

    public SealDirectory(
            SealRepository seals,
            AuthenticatedUser authenticatedUser,
            SealArtworks artworks,
            SealHistory history,
            OrganizationService organization) {
        this.organization = organization;
        this.artworks = artworks;
        this.history = history;
        this.seals = seals;
        this.authenticatedUser = authenticatedUser;
    }

    public List<SealInfo> mine() {
        return seals.findByUnitIdOrderByIdAsc(authenticatedUser.require().unitId()).stream()
                .map(Seal::toInfo)
                .toList();
    }

    /** A seal the caller may see: their own unit's, or any for county-wide roles. */
    public SealInfo get(long sealId) {
        return visible(sealId).toInfo();
    }

    /** The seal certificate (PEM), for a seal the caller may see. */
    public String certificatePem(long sealId) {
        Seal seal = visible(sealId);
        if (seal.getCertificatePem() == null) {
            throw BusinessException.notFound("seal.error.noCertificate", seal.getName());
        }
        return seal.getCertificatePem();
    }

    /** The seal image (transparent PNG) of a seal the caller may see. */
    public byte[] image(long sealId) {
        Seal seal = visible(sealId);
        return artworks.image(seal.getId())
                .map(SealArtwork::getPng)
                .orElseThrow(() -> BusinessException.notFound("seal.error.noImage", sealId));
    }

    /** The seal image with its diameter, when the seal has one yet. */
    public java.util.Optional<SealPreview> imageIfAny(long sealId) {
        return artworks.image(visible(sealId).getId()).map(a -> new SealPreview(a.getPng(), a.getDiameterMm()));
    }

    /**
     * The diameter of the seal a document of {@code unitId} will be stamped with (the seal {@link
     * SealSigningService#stampFor} chooses), so that a layout made before signing keeps the seal's place
     * at its true size; the size the unit's level prescribes while it has no such seal. A size is no
     * secret: anyone who may preview a document may know it.
     */
    public double stampDiameterMm(long unitId) {
        return seals.stampSeal(unitId)
                .flatMap(seal -> artworks.image(seal.getId()))
                .map(SealArtwork::getDiameterMm)
                .orElseGet(() -> SealSizes.nominalDiameterMm(organization
                        .unit(unitId)
                        .map(UnitInfo::kind)
                        .orElseThrow(() -> new IllegalArgumentException("no unit " + unitId))));
    }

    /** The diameter of the image of seal {@code sealId}, such as the one a document was signed with. */
    public OptionalDouble diameterMm(long sealId) {
        return artworks.image(sealId)
                .map(a -> OptionalDouble.of(a.getDiameterMm()))
                .orElse(OptionalDouble.empty());
    }

    public List<SealEventInfo> history(long sealId) {
        return history.of(visible(sealId).getId());
    }

    private Seal visible(long sealId) {
        CurrentUser user = authenticatedUser.require();
        return seals.findById(sealId)
                .filter(seal -> user.maySeeUnit(seal.getUnitId()))
                .orElseThrow(() -> BusinessException.notFound("seal.error.notFound", sealId));
    }
}
