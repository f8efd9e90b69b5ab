package org.gongwen.seal.internal;

import java.util.List;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.seal.SealCertificateCheck;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.shared.BusinessException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seal archive (A28): every seal of the county with its impression scan, certificate and
 * status history, for the information centre and the county office; and the audited restore
 * of a seal's key material from escrow after a reported medium failure.
 */
@Service
@Transactional(readOnly = true)
public class SealArchive {

    private static final String INFO_CENTER = "ROLE_" + Role.Names.INFO_CENTER;
    private static final String COUNTY_OFFICE = "ROLE_" + Role.Names.COUNTY_OFFICE;
    private static final String ADMIN = "ROLE_" + Role.Names.ADMIN;

    private final SealRepository seals;
    private final SealArtworks artworks;
    private final SealHistory history;
    private final SealLifecycleService lifecycle;
    private final OrganizationService organization;
    private final AuthenticatedUser authenticatedUser;
    private final SealCertificateCheck check;

    public SealArchive(
            SealRepository seals,
            SealArtworks artworks,
            SealHistory history,
            SealLifecycleService lifecycle,
            OrganizationService organization,
            AuthenticatedUser authenticatedUser,
            SealCertificateCheck check) {
        this.check = check;
        this.seals = seals;
        this.artworks = artworks;
        this.history = history;
        this.lifecycle = lifecycle;
        this.organization = organization;
        this.authenticatedUser = authenticatedUser;
    }

    /** Every seal, newest first. */
    @Secured({INFO_CENTER, COUNTY_OFFICE, ADMIN})
    public List<SealInfo> all() {
        return seals.findAllByOrderByIdDesc().stream().map(Seal::toInfo).toList();
    }

    @Secured({INFO_CENTER, COUNTY_OFFICE, ADMIN})
    public SealRecord record(long sealId) {
        Seal seal = seal(sealId);
        UnitInfo unit = organization.unit(seal.getUnitId()).orElseThrow();
        var image = artworks.image(sealId);
        return new SealRecord(
                seal.toInfo(),
                unit.code(),
                unit.fullName(),
                seal.getCertificatePem() == null ? null : CertificateDetails.of(seal.getCertificatePem()),
                artworks.impression(sealId).map(SealImpression::getFilename).orElse(null),
                image.map(SealArtwork::isDrawn).orElse(false),
                image.isPresent(),
                image.map(SealArtwork::getDiameterMm).orElse(0.0),
                history.of(sealId),
                seal.getSm2CertificatePem() == null ? null : CertificateDetails.of(seal.getSm2CertificatePem()),
                seal.getSesSeal() == null
                        ? null
                        : SesSealDetails.of(check.checkSesSeal(seal.getSesSeal()), seal.getSm2SerialNumber()));
    }

    /** The seal's GB/T 38540 electronic seal (SES_Seal v4, DER). */
    @Secured({INFO_CENTER, COUNTY_OFFICE, ADMIN})
    public byte[] sesSeal(long sealId) {
        byte[] der = seal(sealId).getSesSeal();
        if (der == null) {
            throw BusinessException.notFound("seal.error.noSesSeal", sealId);
        }
        return der;
    }

    @Secured({INFO_CENTER, COUNTY_OFFICE, ADMIN})
    public StoredFile impression(long sealId) {
        seal(sealId);
        return artworks.impression(sealId)
                .map(i -> new StoredFile(i.getMediaType(), i.getFilename(), i.getData()))
                .orElseThrow(() -> BusinessException.notFound("seal.error.noImpression", sealId));
    }

    @Secured({INFO_CENTER, COUNTY_OFFICE, ADMIN})
    public byte[] image(long sealId) {
        seal(sealId);
        return artworks.image(sealId)
                .map(SealArtwork::getPng)
                .orElseThrow(() -> BusinessException.notFound("seal.error.noImage", sealId));
    }

    /** Restores a seal's key material from escrow after a reported medium failure; audited. */
    @Transactional
    @Secured(INFO_CENTER)
    public SealInfo restore(long sealId, String report) {
        if (report == null || report.isBlank() || report.length() > 500) {
            throw BusinessException.invalid("sealArchive.error.report");
        }
        return lifecycle.restoreFromEscrow(
                sealId, report.strip(), authenticatedUser.require().username());
    }

    private Seal seal(long sealId) {
        return seals.findById(sealId).orElseThrow(() -> BusinessException.notFound("seal.error.notFound", sealId));
    }
}
