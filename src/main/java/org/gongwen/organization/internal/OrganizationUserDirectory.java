package org.gongwen.organization.internal;

import java.util.Optional;
import java.util.stream.Collectors;
import org.gongwen.organization.Role;
import org.gongwen.security.DirectoryUser;
import org.gongwen.security.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Serves the login with people from the organisation tables. */
@Component
class OrganizationUserDirectory implements UserDirectory {

    private final PersonRepository people;
    private final UnitRepository units;

    OrganizationUserDirectory(PersonRepository people, UnitRepository units) {
        this.people = people;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DirectoryUser> findByUsername(String username) {
        return people.findByUsername(username).map(this::toUser);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DirectoryUser> findById(long personId) {
        return people.findById(personId).map(this::toUser);
    }

    private DirectoryUser toUser(Person p) {
        Unit unit = units.findById(p.getUnitId()).orElseThrow();
        return new DirectoryUser(p.getId(), p.getUsername(), p.getFullName(), unit.getId(), unit.getCode(),
                unit.getFullName(), p.roles().stream().map(Role::name).collect(Collectors.toSet()), p.isActive());
    }

}
