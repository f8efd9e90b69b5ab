package org.gongwen.security.internal;

import java.util.Optional;
import org.gongwen.audit.AuditActor;
import org.gongwen.audit.AuditActorSource;
import org.gongwen.security.AuthenticatedUser;
import org.springframework.stereotype.Component;

/** Tells the audit log who is signed in. */
@Component
class SignedInAuditActor implements AuditActorSource {

    private final AuthenticatedUser authenticatedUser;

    SignedInAuditActor(AuthenticatedUser authenticatedUser) {
        this.authenticatedUser = authenticatedUser;
    }

    @Override
    public Optional<AuditActor> current() {
        return authenticatedUser.get().map(user -> new AuditActor(user.username(), user.unitId()));
    }
}
