package org.gongwen.seal.internal;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditActor;
import org.gongwen.audit.AuditLog;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Writes a seal's history and the audit log together. The actor is named by the caller when a
 * process step knows who decided (the person who completed the task, even when the step runs
 * later as a job); otherwise it is the signed-in person, else the person the process engine acts
 * for, else the system (timers, jobs).
 */
@Component
public class SealHistory {

    public static final String SYSTEM = "system";

    private final SealEventRepository events;
    private final AuthenticatedUser authenticatedUser;
    private final IdentityService identity;
    private final Clock clock;
    private final AuditLog audit;
    private final OrganizationService organization;

    SealHistory(
            SealEventRepository events,
            AuthenticatedUser authenticatedUser,
            IdentityService identity,
            Clock clock,
            AuditLog audit,
            OrganizationService organization) {
        this.audit = audit;
        this.organization = organization;
        this.events = events;
        this.authenticatedUser = authenticatedUser;
        this.identity = identity;
        this.clock = clock;
    }

    public void record(long sealId, SealAction action, SealStatus status, String note) {
        String actor = actor();
        events.save(new SealEvent(sealId, action, status, actor, note, clock.instant()));
        audit.record(
                audit.actorNamed(actor),
                AuditAction.SEAL_LIFECYCLE,
                "seal",
                Long.toString(sealId),
                note == null ? action.name() : action.name() + ": " + note);
    }

    /** A step taken by a named person (or {@link #SYSTEM}), whoever happens to run the code. */
    public void record(long sealId, SealAction action, SealStatus status, String actor, String note) {
        String by = actor == null || actor.isBlank() ? SYSTEM : actor;
        events.save(new SealEvent(sealId, action, status, by, note, clock.instant()));
        Long unitId = SYSTEM.equals(by)
                ? null
                : organization.personByUsername(by).map(PersonInfo::unitId).orElse(null);
        audit.record(
                new AuditActor(by, unitId),
                AuditAction.SEAL_LIFECYCLE,
                "seal",
                Long.toString(sealId),
                note == null ? action.name() : action.name() + ": " + note);
    }

    public List<SealEventInfo> of(long sealId) {
        return events.findBySealIdOrderByOccurredAtAscIdAsc(sealId).stream()
                .map(SealEvent::toInfo)
                .toList();
    }

    private String actor() {
        String signedIn = authenticatedUser.get().map(CurrentUser::username).orElse(null);
        if (signedIn != null) {
            return signedIn;
        }
        Authentication engine = identity.getCurrentAuthentication();
        return engine != null && engine.getUserId() != null ? engine.getUserId() : SYSTEM;
    }
}
