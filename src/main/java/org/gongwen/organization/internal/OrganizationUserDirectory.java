package org.gongwen.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongwen.organization.Role;
import org.gongwen.security.DirectoryUnit;
import org.gongwen.security.DirectoryUser;
import org.gongwen.security.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Serves the login with people and units from the organisation tables. */
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

    @Override
    @Transactional(readOnly = true)
    public Optional<DirectoryUnit> findUnit(long unitId) {
        return units.findById(unitId).map(OrganizationUserDirectory::toUnit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DirectoryUnit> units() {
        return units.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(OrganizationUserDirectory::toUnit)
                .toList();
    }

    private static DirectoryUnit toUnit(Unit unit) {
        return new DirectoryUnit(
                unit.getId(), unit.getCode(), unit.getFullName(), unit.toInfo().active());
    }

    private DirectoryUser toUser(Person p) {
        Unit unit = units.findById(p.getUnitId()).orElseThrow();
        return new DirectoryUser(
                p.getId(),
                p.getUsername(),
                p.getFullName(),
                unit.getId(),
                unit.getCode(),
                unit.getFullName(),
                p.roles().stream().map(Role::name).collect(Collectors.toSet()),
                p.isActive());
    }
}
