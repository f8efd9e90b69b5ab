package org.gongwen.seal;

import java.util.List;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.seal.internal.Seal;
import org.gongwen.seal.internal.SealRepository;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Seals as people may see them: their own unit's, or all for county-wide roles. No key material. */
@Service
@Transactional(readOnly = true)
public class SealDirectory {

    private final SealRepository seals;
    private final AuthenticatedUser authenticatedUser;

    public SealDirectory(SealRepository seals, AuthenticatedUser authenticatedUser) {
        this.seals = seals;
        this.authenticatedUser = authenticatedUser;
    }

    public List<SealInfo> mine() {
        return seals.findByUnitIdOrderByIdAsc(authenticatedUser.require().unitId()).stream().map(Seal::toInfo).toList();
    }

    /** The seal certificate (PEM), for a seal the caller may see. */
    public String certificatePem(long sealId) {
        Seal seal = visible(sealId);
        if (seal.getCertificatePem() == null) {
            throw BusinessException.notFound("seal.error.noCertificate", seal.getName());
        }
        return seal.getCertificatePem();
    }

    private Seal visible(long sealId) {
        CurrentUser user = authenticatedUser.require();
        return seals.findById(sealId)
                .filter(seal -> user.maySeeUnit(seal.getUnitId()))
                .orElseThrow(() -> BusinessException.notFound("seal.error.notFound", sealId));
    }
}
