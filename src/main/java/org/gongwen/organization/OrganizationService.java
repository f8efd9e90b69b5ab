package org.gongwen.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditLog;
import org.gongwen.organization.internal.OrganizationContactDirectory;
import org.gongwen.organization.internal.Person;
import org.gongwen.organization.internal.PersonRepository;
import org.gongwen.organization.internal.Unit;
import org.gongwen.organization.internal.UnitRepository;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation module's API: the unit directory (readable by every signed-in user, since
 * recipients are chosen from it) and people (readable only within one's own unit, unless the
 * caller supervises the whole county).
 */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final UnitRepository units;
    private final PersonRepository people;
    private final OrganizationContactDirectory contactDirectory;
    private final AuthenticatedUser authenticatedUser;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    public OrganizationService(
            UnitRepository units,
            PersonRepository people,
            AuthenticatedUser authenticatedUser,
            ApplicationEventPublisher events,
            AuditLog audit,
            OrganizationContactDirectory contactDirectory) {
        this.audit = audit;
        this.contactDirectory = contactDirectory;
        this.units = units;
        this.people = people;
        this.authenticatedUser = authenticatedUser;
        this.events = events;
    }

    public List<UnitInfo> units() {
        return units.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(Unit::toInfo)
                .toList();
    }

    public Optional<UnitInfo> unit(long id) {
        return units.findInfoByIdIn(List.of(id)).stream().findFirst();
    }

    public Optional<UnitInfo> unitByCode(String code) {
        return units.findByCode(code).map(Unit::toInfo);
    }

    /** People of a unit, if the caller may see that unit's data. */
    public List<PersonInfo> peopleOfUnit(long unitId) {
        CurrentUser caller = authenticatedUser.require();
        UnitInfo unit = unit(unitId).orElseThrow(() -> BusinessException.notFound("error.unitNotFound", unitId));
        if (!caller.maySeeUnit(unitId)) {
            throw BusinessException.forbidden("error.otherUnit");
        }
        return people.findByUnitIdOrderByIdAsc(unitId).stream()
                .map(p -> toInfo(p, unit))
                .toList();
    }

    /** The phone list (A32): duty staff with mobiles, of the units the caller may see. */
    public List<PersonInfo> phoneList() {
        CurrentUser caller = authenticatedUser.require();
        Map<Long, UnitInfo> byId = unitsById();
        return people.findAll().stream()
                .filter(p -> caller.maySeeUnit(p.getUnitId()))
                .filter(p -> !p.roles().isEmpty())
                .sorted(Comparator.comparing(Person::getUnitId).thenComparing(Person::getId))
                .map(p -> toInfo(p, byId.get(p.getUnitId())))
                .toList();
    }

    // ---- for other modules (no caller check: they act for the system, e.g. process delegates) ----

    public Optional<PersonInfo> person(long id) {
        return people.findById(id).map(this::toInfo);
    }

    public Optional<PersonInfo> personByUsername(String username) {
        return people.findByUsername(username).map(this::toInfo);
    }

    /** The active holders of a role in one unit, for notices the system sends (no caller needed). */
    public List<PersonInfo> activePeopleWithRoleIn(Role role, long unitId) {
        UnitInfo unit = unit(unitId).orElseThrow(() -> BusinessException.notFound("error.unitNotFound", unitId));
        return people.findByUnitIdOrderByIdAsc(unitId).stream()
                .map(p -> toInfo(p, unit))
                .filter(p -> p.active() && p.roles().contains(role))
                .toList();
    }

    /**
     * The ids of the active people with {@code role} in the unit, by one query and without loading
     * them: what a notice to a unit's clerks needs, once per recipient of a large send.
     */
    public List<Long> activePersonIdsWithRoleIn(Role role, long unitId) {
        return people.findActiveIdsWithRole(unitId, role);
    }

    /** {@link #activePersonIdsWithRoleIn} for several units in one query; every unit asked for has an entry. */
    public Map<Long, List<Long>> activePersonIdsWithRoleIn(Role role, Collection<Long> unitIds) {
        Map<Long, List<Long>> people = new HashMap<>();
        unitIds.forEach(id -> people.put(id, new ArrayList<>()));
        if (!unitIds.isEmpty()) {
            for (Object[] row : this.people.findActiveIdsWithRoleIn(unitIds, role)) {
                people.get((Long) row[0]).add((Long) row[1]);
            }
        }
        return people;
    }

    /**
     * Reads these people's e-mail addresses and mobiles in one query, for the notices this transaction
     * is about to send them (a large send tells one clerk per recipient unit).
     */
    public void readContactsAhead(Collection<Long> personIds) {
        contactDirectory.readAhead(personIds);
    }

    /** The units with these ids, read in one query. */
    public List<UnitInfo> units(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : units.findInfoByIdIn(ids);
    }

    public List<PersonInfo> peopleWithRole(Role role) {
        return people.findByRole(role).stream().map(this::toInfo).toList();
    }

    /** The ids of the holders of a role in any unit, as {@link #peopleWithRole}: whom a county-wide notice goes to. */
    public List<Long> personIdsWithRole(Role role) {
        return peopleWithRole(role).stream().map(PersonInfo::id).toList();
    }

    public List<PersonInfo> allPeople() {
        Map<Long, UnitInfo> byId = unitsById();
        return people.findAll().stream()
                .map(p -> toInfo(p, byId.get(p.getUnitId())))
                .toList();
    }

    /** Camunda groups of a person: each role county-wide and within the person's unit. */
    public static Set<String> groupsOf(PersonInfo person) {
        return groupsOf(person.roles(), person.unitCode());
    }

    public static Set<String> groupsOf(Collection<Role> roles, String unitCode) {
        Set<String> groups = new LinkedHashSet<>();
        for (Role role : roles) {
            groups.add(role.group());
            groups.add(role.groupIn(unitCode));
        }
        return groups;
    }

    @Transactional
    public UnitInfo createUnit(
            String code,
            String fullName,
            String shortName,
            UnitKind kind,
            Long parentId,
            String docPrefix,
            boolean holdsPhysicalSeal,
            int sortOrder) {
        if (units.findByCode(code).isPresent()) {
            throw BusinessException.conflict("error.unitCodeTaken", code);
        }
        UnitInfo unit = units.save(
                        new Unit(code, fullName, shortName, kind, parentId, docPrefix, holdsPhysicalSeal, sortOrder))
                .toInfo();
        audit.record(AuditAction.ADMIN_CHANGE, "unit", Long.toString(unit.id()), "created " + code + " " + fullName);
        return unit;
    }

    @Transactional
    public PersonInfo createPerson(
            String username, String fullName, long unitId, String mobile, String email, Collection<Role> roles) {
        if (people.findByUsername(username).isPresent()) {
            throw BusinessException.conflict("error.usernameTaken", username);
        }
        Person person = people.save(new Person(username, fullName, unitId, mobile, email, roles));
        events.publishEvent(new PersonRolesChanged(person.getId()));
        audit.record(
                AuditAction.ADMIN_CHANGE,
                "person",
                Long.toString(person.getId()),
                "created " + username + " in unit " + unitId + ", roles " + roles);
        return toInfo(person);
    }

    /** Replaces a person's roles (administrators; handovers use {@link #moveRoles}). */
    @Transactional
    @Secured("ROLE_" + Role.Names.ADMIN)
    public PersonInfo changeRoles(long personId, Set<Role> roles) {
        Person person = people.findById(personId)
                .orElseThrow(() -> BusinessException.notFound("error.personNotFound", personId));
        person.removeRoles(person.roles());
        person.addRoles(roles);
        events.publishEvent(new PersonRolesChanged(personId));
        audit.record(AuditAction.ADMIN_CHANGE, "person", Long.toString(personId), "roles set to " + roles);
        return toInfo(person);
    }

    /** Moves roles from one person to another in the same unit (handover, A32). */
    @Transactional
    public void moveRoles(long fromPersonId, long toPersonId, Set<Role> roles) {
        Person from = people.findById(fromPersonId)
                .orElseThrow(() -> BusinessException.notFound("error.personNotFound", fromPersonId));
        Person to = people.findById(toPersonId)
                .orElseThrow(() -> BusinessException.notFound("error.personNotFound", toPersonId));
        if (!from.getUnitId().equals(to.getUnitId())) {
            throw BusinessException.invalid("handover.error.otherUnit");
        }
        Set<Role> moving = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        moving.retainAll(from.roles());
        from.removeRoles(moving);
        to.addRoles(moving);
        events.publishEvent(new PersonRolesChanged(from.getId()));
        events.publishEvent(new PersonRolesChanged(to.getId()));
        audit.record(
                AuditAction.ADMIN_CHANGE,
                "person",
                Long.toString(toPersonId),
                "roles " + moving + " handed over from person " + fromPersonId);
        events.publishEvent(new StaffHandedOver(from.getId(), to.getId(), Set.copyOf(moving)));
    }

    private Map<Long, UnitInfo> unitsById() {
        return units().stream().collect(Collectors.toMap(UnitInfo::id, Function.identity()));
    }

    private PersonInfo toInfo(Person person) {
        return toInfo(
                person, units.findById(person.getUnitId()).map(Unit::toInfo).orElseThrow());
    }

    private static PersonInfo toInfo(Person p, UnitInfo unit) {
        return new PersonInfo(
                p.getId(),
                p.getUsername(),
                p.getFullName(),
                p.getUnitId(),
                unit.code(),
                unit.fullName(),
                p.getMobile(),
                p.getEmail(),
                p.roles(),
                p.isActive());
    }
}
