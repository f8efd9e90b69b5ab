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
    private final IdentityService identity;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditLog(AuditStore store, ObjectProvider<AuditActorSource> actors, IdentityService identity, Clock clock,
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

    /** For the process administration's deploy path: a new process version deployed by the signed-in person. */
    public void recordProcessDeployment(String deploymentId, String detail) {
        record(AuditAction.PROCESS_DEPLOYMENT, "deployment", deploymentId, detail);
    }

    /**
     * The actor for a name another log already recorded: the signed-in actor (with their unit) if
     * it is them, else that name without a unit (the system, an office system, an engine user).
     */
    public AuditActor actorNamed(String username) {
        AuditActor current = currentActor();
        return current.username().equals(username) ? current : new AuditActor(username, null);
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

    private void append(AuditActor actor, AuditAction action, String targetType, String targetId, String detail,
            String address) {
        AuditStore.Head head = store.lockHead();
        AuditEntryInfo unhashed = new AuditEntryInfo(head.lastId() + 1, AuditHashes.storedTime(clock.instant()),
                clip(actor.username(), 64), actor.unitId(), action, clip(targetType, 32), clip(targetId, 64),
                clip(detail, DETAIL_LENGTH), clip(address, 64), head.lastHash(), null);
        store.append(new AuditEntryInfo(unhashed.id(), unhashed.at(), unhashed.actor(), unhashed.actorUnitId(),
                action, unhashed.targetType(), unhashed.targetId(), unhashed.detail(), unhashed.clientAddress(),
                unhashed.prevHash(), AuditHashes.hash(unhashed)));
    }

    private AuditActor currentActor() {
        Optional<AuditActor> signedIn = Optional.ofNullable(actors.getIfAvailable()).flatMap(AuditActorSource::current);
        if (signedIn.isPresent()) {
            return signedIn.get();
        }
        Authentication engine = identity.getCurrentAuthentication();
        return engine != null && engine.getUserId() != null ? new AuditActor(engine.getUserId(), null)
                : AuditActor.system();
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
