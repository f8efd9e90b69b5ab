package org.gongwen.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.gongwen.audit.internal.AppendAtCommit;
import org.gongwen.audit.internal.AuditChain;
import org.gongwen.audit.internal.AuditHashes;
import org.gongwen.audit.internal.AuditSearch;
import org.gongwen.audit.internal.AuditStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the hash-chained audit log (A29) and verifies it. An append joins the caller's
 * transaction, so an action and its record commit together, and is made just before that commit
 * ({@code AppendAtCommit}); without a transaction (a failed login) or in a read-only one (a view)
 * it commits on its own.
 */
@Service
public class AuditLog {

    static final int DETAIL_LENGTH = 1000;
    private static final int PAGE = 1000;

    private final AuditStore store;
    private final ObjectProvider<AuditActorSource> actors;
    private final ObjectProvider<IdentityService> identity;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditLog(
            AuditStore store,
            ObjectProvider<AuditActorSource> actors,
            ObjectProvider<IdentityService> identity,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.actors = actors;
        this.identity = identity;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records an action of the signed-in person, the person the engine acts for, or the system. */
    public void record(AuditAction action, String targetType, String targetId, String detail) {
        record(currentActor(), action, targetType, targetId, detail);
    }

    /** Records an action of an explicit actor (a failed login names the username tried). */
    public void record(AuditActor actor, AuditAction action, String targetType, String targetId, String detail) {
        String address = clientAddress();
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            AppendAtCommit.queue(() -> append(actor, action, targetType, targetId, detail, address));
        } else {
            ownTransaction.executeWithoutResult(status -> append(actor, action, targetType, targetId, detail, address));
        }
    }

    /** A new deployment of process models, by whatever path it came into the engine. */
    public void recordProcessDeployment(String deploymentId, String detail) {
        record(AuditAction.PROCESS_DEPLOYMENT, "deployment", deploymentId, detail);
    }

    /**
     * The actor for a name another log already recorded (a process's assignee or decider): whoever
     * is signed in (or the engine's authenticated user) when there is one, since they are the
     * person acting, whatever name the process carries; else that name without a unit (a job run
     * after the fact, the system, an office system).
     */
    public AuditActor actorNamed(String username) {
        Optional<AuditActor> acting = actingPerson();
        if (acting.isPresent()) {
            return acting.get();
        }
        return username == null ? AuditActor.system() : new AuditActor(username, null);
    }

    /** Walks the whole chain page by page and names the first broken link (A29). */
    @Transactional(readOnly = true)
    @Secured({AuditSearch.ADMIN, AuditSearch.SUPERVISOR, AuditSearch.COUNTY_OFFICE})
    public AuditVerification verify() {
        AuditStore.Head head = store.head();
        AuditChain chain = new AuditChain();
        long after = 0;
        List<AuditEntryInfo> page;
        do {
            page = store.after(after, head.lastId(), PAGE);
            for (AuditEntryInfo entry : page) {
                if (!chain.accept(entry)) {
                    return chain.result(head.lastId(), head.lastHash());
                }
                after = entry.id();
            }
        } while (page.size() == PAGE);
        AuditVerification result = chain.result(head.lastId(), head.lastHash());
        Long beyond = store.firstAfter(store.head().lastId());
        if (result.ok() && beyond != null) {
            return AuditVerification.broken(result.checked(), beyond, AuditVerification.Reason.BEYOND_HEAD);
        }
        return result;
    }

    private void append(
            AuditActor actor, AuditAction action, String targetType, String targetId, String detail, String address) {
        AuditStore.Head head = store.lockHead();
        AuditEntryInfo unhashed = new AuditEntryInfo(
                head.lastId() + 1,
                AuditHashes.storedTime(clock.instant()),
                clip(actor.username(), 64),
                actor.unitId(),
                action,
                clip(targetType, 32),
                clip(targetId, 64),
                clip(detail, DETAIL_LENGTH),
                clip(address, 64),
                head.lastHash(),
                null);
        store.append(new AuditEntryInfo(
                unhashed.id(),
                unhashed.at(),
                unhashed.actor(),
                unhashed.actorUnitId(),
                action,
                unhashed.targetType(),
                unhashed.targetId(),
                unhashed.detail(),
                unhashed.clientAddress(),
                unhashed.prevHash(),
                AuditHashes.hash(unhashed)));
    }

    private AuditActor currentActor() {
        return actingPerson().orElseGet(AuditActor::system);
    }

    /** The signed-in person, else the user the engine was told acts (engine REST, a service acting for someone). */
    private Optional<AuditActor> actingPerson() {
        Optional<AuditActor> signedIn =
                Optional.ofNullable(actors.getIfAvailable()).flatMap(AuditActorSource::current);
        if (signedIn.isPresent()) {
            return signedIn;
        }
        IdentityService engineIdentity = identity.getIfAvailable();
        Authentication engine = engineIdentity == null ? null : engineIdentity.getCurrentAuthentication();
        return engine != null && engine.getUserId() != null
                ? Optional.of(new AuditActor(engine.getUserId(), null))
                : Optional.empty();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
