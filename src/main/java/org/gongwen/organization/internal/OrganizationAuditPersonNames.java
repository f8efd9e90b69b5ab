package org.gongwen.organization.internal;

import java.util.Optional;
import org.gongwen.audit.AuditPersonNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the audit viewer the names of the people its entries name by username. */
@Component
class OrganizationAuditPersonNames implements AuditPersonNames {

    private final PersonRepository people;

    OrganizationAuditPersonNames(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> fullNameOf(String username) {
        return people.findByUsername(username).map(Person::getFullName);
    }
}
