package org.gongwen.audit;

import java.util.Optional;

/** People's names for the usernames entries keep, for the viewer; provided by the organisation module. */
public interface AuditPersonNames {

    Optional<String> fullNameOf(String username);
}
