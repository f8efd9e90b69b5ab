package org.gongwen.security.internal;

import java.time.Clock;
import java.util.List;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditLog;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.security.DirectoryUnit;
import org.gongwen.security.UserDirectory;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.SafeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Office-system API tokens (A14.2): a unit's own office system reads the unit's inbox with one.
 * Administrators manage every unit's tokens, a unit's technician only their own unit's.
 * Role names are spelt out here because the organisation module, which owns the role list,
 * depends on this one.
 */
@Service
public class ApiTokenService {

    public static final int MAX_NAME_LENGTH = 64;

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);
    private static final String ADMIN = "ADMIN";
    private static final String TECHNICIAN = "TECHNICIAN";

    private final ApiTokenRepository tokens;
    private final UserDirectory directory;
    private final AuthenticatedUser authenticatedUser;
    private final SecurityProperties properties;
    private final Clock clock;
    private final AuditLog audit;

    public ApiTokenService(
            ApiTokenRepository tokens,
            UserDirectory directory,
            AuthenticatedUser authenticatedUser,
            SecurityProperties properties,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.tokens = tokens;
        this.directory = directory;
        this.authenticatedUser = authenticatedUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates a token; the returned secret is shown once and never again. */
    @Transactional
    @Secured({"ROLE_" + ADMIN, "ROLE_" + TECHNICIAN})
    public IssuedToken create(long unitId, String name) {
        CurrentUser caller = requireManagerOf(unitId);
        DirectoryUnit unit =
                directory.findUnit(unitId).orElseThrow(() -> BusinessException.notFound("error.unitNotFound", unitId));
        if (!unit.active()) {
            throw BusinessException.invalid("apiToken.error.unitInactive", unit.fullName());
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw BusinessException.invalid("apiToken.error.nameRequired");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw BusinessException.invalid("apiToken.error.nameTooLong", MAX_NAME_LENGTH);
        }
        SafeText.requireLine(trimmed, "field.tokenName", MAX_NAME_LENGTH);
        if (tokens.existsByUnitIdAndNameAndRevokedAtIsNull(unitId, trimmed)) {
            throw BusinessException.conflict("apiToken.error.nameTaken", trimmed);
        }
        if (tokens.countByUnitIdAndRevokedAtIsNull(unitId) >= properties.maxApiTokensPerUnit()) {
            throw BusinessException.conflict("apiToken.error.tooMany", properties.maxApiTokensPerUnit());
        }
        String secret = ApiTokenSecrets.generate();
        ApiToken token = tokens.save(new ApiToken(unitId, trimmed, secret, caller.username(), clock.instant()));
        log.info(
                "API token {} ({}…) for unit {} created by {}",
                token.getId(),
                token.getTokenPrefix(),
                unit.code(),
                caller.username());
        audit.record(
                AuditAction.TOKEN_CHANGE,
                "api-token",
                Long.toString(token.getId()),
                "created for unit " + unit.code() + ": " + trimmed + " (" + token.getTokenPrefix() + "…)");
        return new IssuedToken(
                token.getId(), unitId, token.getName(), token.getTokenPrefix(), token.getCreatedAt(), secret);
    }

    /** The unit's tokens, newest first, revoked ones included. */
    @Transactional(readOnly = true)
    @Secured({"ROLE_" + ADMIN, "ROLE_" + TECHNICIAN})
    public List<ApiTokenInfo> list(long unitId) {
        requireManagerOf(unitId);
        return tokens.findByUnitIdOrderByCreatedAtDescIdDesc(unitId).stream()
                .map(ApiToken::toInfo)
                .toList();
    }

    /** Revokes at once: the next request with the token is refused. Revoking twice changes nothing. */
    @Transactional
    @Secured({"ROLE_" + ADMIN, "ROLE_" + TECHNICIAN})
    public void revoke(long tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .orElseThrow(() -> BusinessException.notFound("apiToken.error.notFound", tokenId));
        CurrentUser caller = requireManagerOf(token.getUnitId());
        if (token.isActive()) {
            token.revoke(caller.username(), clock.instant());
            log.info("API token {} ({}…) revoked by {}", token.getId(), token.getTokenPrefix(), caller.username());
            audit.record(
                    AuditAction.TOKEN_CHANGE,
                    "api-token",
                    Long.toString(tokenId),
                    "revoked: " + token.getName() + " (" + token.getTokenPrefix() + "…)");
        }
    }

    /** The units whose tokens the caller manages: every unit for an administrator, else their own. */
    @Transactional(readOnly = true)
    @Secured({"ROLE_" + ADMIN, "ROLE_" + TECHNICIAN})
    public List<DirectoryUnit> manageableUnits() {
        CurrentUser caller = authenticatedUser.require();
        if (caller.hasRole(ADMIN)) {
            return directory.units();
        }
        return directory.findUnit(caller.unitId()).stream().toList();
    }

    private CurrentUser requireManagerOf(long unitId) {
        CurrentUser caller = authenticatedUser.require();
        boolean ownTechnician = caller.hasRole(TECHNICIAN) && caller.unitId() == unitId;
        if (!caller.hasRole(ADMIN) && !ownTechnician) {
            throw BusinessException.forbidden("apiToken.error.otherUnit");
        }
        return caller;
    }
}
