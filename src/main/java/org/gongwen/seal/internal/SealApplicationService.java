package org.gongwen.seal.internal;

import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.seal.internal.SealArtworks.CheckedScan;
import org.gongwen.seal.process.SealApplicationProcess;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.ProcessStarter;
import org.gongwen.shared.SafeText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit applies for an electronic seal named after it (A18): starts {@code seal-application}. */
@Service
public class SealApplicationService {

    private final SealLifecycleService lifecycle;
    private final OrganizationService organization;
    private final ProcessStarter starter;
    private final AuthenticatedUser authenticatedUser;
    private final SealArtworks artworks;
    private final boolean demo;

    public SealApplicationService(
            SealLifecycleService lifecycle,
            OrganizationService organization,
            ProcessStarter starter,
            AuthenticatedUser authenticatedUser,
            SealArtworks artworks,
            @Value("${gongwen.demo.enabled:false}") boolean demo) {
        this.artworks = artworks;
        this.demo = demo;
        this.lifecycle = lifecycle;
        this.organization = organization;
        this.starter = starter;
        this.authenticatedUser = authenticatedUser;
    }

    @Transactional
    @Secured({"ROLE_" + Role.Names.LEADER, "ROLE_" + Role.Names.CLERK, "ROLE_" + Role.Names.SEAL_CUSTODIAN})
    public SealInfo apply(SealType type, String reason, ImpressionUpload impression) {
        CurrentUser user = authenticatedUser.require();
        if (type == null) {
            throw BusinessException.invalid("sealApplication.error.type");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw BusinessException.invalid("sealApplication.error.reason");
        }
        SafeText.require(reason, "field.reason");
        if (impression == null) {
            throw BusinessException.invalid("impression.error.missing");
        }
        UnitInfo unit = organization.unit(user.unitId()).orElseThrow();
        CheckedScan checked = artworks.check(impression, unit.kind());
        String name = type == SealType.DOCUMENT ? unit.fullName() + "公文专用章" : unit.fullName();
        SealInfo seal = start(unit, name, type, reason.trim(), user.username());
        artworks.store(seal.id(), impression, checked, user.username());
        return seal;
    }

    /** Demo installations only: a stand-in impression scan of the caller's unit to try the application with. */
    @Secured({"ROLE_" + Role.Names.LEADER, "ROLE_" + Role.Names.CLERK, "ROLE_" + Role.Names.SEAL_CUSTODIAN})
    public java.util.Optional<byte[]> demoImpressionScan() {
        if (!demo) {
            return java.util.Optional.empty();
        }
        UnitInfo unit = organization.unit(authenticatedUser.require().unitId()).orElseThrow();
        return java.util.Optional.of(artworks.demoImpressionScan(unit.fullName(), unit.kind()));
    }

    /** Checks a scan for the caller's unit and returns the seal image it would make; stores nothing. */
    @Secured({"ROLE_" + Role.Names.LEADER, "ROLE_" + Role.Names.CLERK, "ROLE_" + Role.Names.SEAL_CUSTODIAN})
    public SealPreview preview(ImpressionUpload impression) {
        UnitInfo unit = organization.unit(authenticatedUser.require().unitId()).orElseThrow();
        return artworks.check(impression, unit.kind()).preview();
    }

    /** Re-issue after loss or damage (A27): a new application prefilled from the revoked seal. */
    @Transactional
    public SealInfo reapply(long revokedSealId, String applicant) {
        SealInfo old = lifecycle.info(revokedSealId);
        UnitInfo unit = organization.unit(old.unitId()).orElseThrow();
        SealInfo seal = start(unit, old.name(), old.type(), "重新申领：原印章（编号 " + old.id() + "）遗失或损坏后已吊销", applicant);
        artworks.copy(revokedSealId, seal.id());
        return seal;
    }

    private SealInfo start(UnitInfo unit, String name, SealType type, String reason, String applicant) {
        SealInfo seal = lifecycle.register(unit.id(), name, type, reason);
        starter.startAs(
                applicant,
                SealApplicationProcess.KEY,
                SealApplicationProcess.businessKey(seal.id()),
                SealApplicationProcess.startVariables(
                        seal.id(), unit.id(), unit.code(), unit.fullName(), name, reason));
        return seal;
    }
}
