/**
 * The audit log (A29, A35): an append-only, hash-chained record of security- and
 * document-relevant actions, its verification, viewer and export. A leaf module: every other
 * module may record into it; it depends on none of them. The signed-in actor comes from an
 * {@link org.gongwen.audit.AuditActorSource} the security module provides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.gongwen.audit;
