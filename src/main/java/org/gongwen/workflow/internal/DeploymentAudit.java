package org.gongwen.workflow.internal;

import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditActor;
import org.gongwen.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Puts every new deployment into the audit log, whichever way it came in (process
 * administration, the repository service, the engine REST API, auto-deployment of a changed
 * model at start), in the deploying transaction; the actor is the signed-in person, else the
 * engine's authenticated user, else the system. A deployment the engine only loads back into its
 * cache, or an unchanged model at start (filtered as a duplicate), is no new deployment.
 */
public class DeploymentAudit implements Deployer {

    private static final ThreadLocal<String> NOTE = new ThreadLocal<>();

    private final ObjectProvider<AuditLog> audit;
    private volatile boolean started;

    DeploymentAudit(ObjectProvider<AuditLog> audit) {
        this.audit = audit;
    }

    /** Runs a deployment whose audit entry ends with the note (a revert says which version it restores). */
    public static <T> T withNote(String note, Supplier<T> deployment) {
        NOTE.set(note);
        try {
            return deployment.get();
        } finally {
            NOTE.remove();
        }
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        String definitions = deployment.getDeployedProcessDefinitions() == null
                ? ""
                : deployment.getDeployedProcessDefinitions().stream()
                        .map(d -> d.getKey() + " v" + d.getVersion())
                        .collect(Collectors.joining(", "));
        StringBuilder detail =
                new StringBuilder(definitions.isEmpty() ? String.valueOf(deployment.getName()) : definitions);
        if (NOTE.get() != null) {
            detail.append(" (").append(NOTE.get()).append(')');
        }
        if (deployment.getSource() != null) {
            detail.append(" [").append(deployment.getSource()).append(']');
        }
        if (started) {
            audit.getObject().recordProcessDeployment(deployment.getId(), detail.toString());
        } else {
            // auto-deployment while the engine is being built: no one is signed in, and who is
            // signed in cannot even be asked yet (that needs beans that need the engine)
            audit.getObject()
                    .record(
                            AuditActor.system(),
                            AuditAction.PROCESS_DEPLOYMENT,
                            "deployment",
                            deployment.getId(),
                            detail.toString());
        }
    }

    /** Every bean is there: from now on the actor is asked for. */
    void started() {
        started = true;
    }
}
