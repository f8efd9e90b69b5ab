package org.gongwen.audit;

import java.util.Optional;

/**
 * The signed-in actor, provided by the security module (which records into the audit log, so
 * the audit module cannot depend on it).
 */
public interface AuditActorSource {

    Optional<AuditActor> current();
}
