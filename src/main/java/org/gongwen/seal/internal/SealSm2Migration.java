package org.gongwen.seal.internal;

import org.gongwen.organization.Role;
import org.gongwen.security.AuthenticatedUser;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * The information centre's one-time step that gives seals made before SM2 their SM2 certificate and
 * GB/T 38540 electronic seal. Each seal's issue is its own transaction and recorded in its history
 * and the audit log; seals that have them already are left alone, so running it again does nothing.
 */
@Service
public class SealSm2Migration {

    /** How many seals got SM2 material now, and how many had it already. */
    public record Result(int issued, int alreadyIssued) {}

    private final SealRepository seals;
    private final SealLifecycleService lifecycle;
    private final AuthenticatedUser authenticatedUser;

    public SealSm2Migration(SealRepository seals, SealLifecycleService lifecycle, AuthenticatedUser authenticatedUser) {
        this.seals = seals;
        this.lifecycle = lifecycle;
        this.authenticatedUser = authenticatedUser;
    }

    /** Seals made or active that have no SM2 certificate yet. */
    @Secured("ROLE_" + Role.Names.INFO_CENTER)
    public long pending() {
        return seals.findAll().stream().filter(SealSm2Migration::needsSm2).count();
    }

    @Secured("ROLE_" + Role.Names.INFO_CENTER)
    public Result issueForExistingSeals() {
        String by = authenticatedUser.require().username();
        int issued = 0;
        int already = 0;
        for (Seal seal : seals.findAllByOrderByIdDesc()) {
            if (seal.hasSm2Material()) {
                already++;
            } else if (needsSm2(seal) && lifecycle.issueSm2(seal.getId(), by)) {
                issued++;
            }
        }
        return new Result(issued, already);
    }

    private static boolean needsSm2(Seal seal) {
        return !seal.hasSm2Material()
                && seal.getCertificatePem() != null
                && (seal.getStatus() == SealStatus.MADE || seal.getStatus() == SealStatus.ACTIVE);
    }
}
