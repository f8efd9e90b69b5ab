package org.gongwen.organization.internal;

import java.time.Clock;
import java.util.List;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditLog;
import org.gongwen.organization.Role;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each unit's register of transmission machines (A37, 第八条): the dedicated computers and printers,
 * each in the charge of a named, active person of the unit. The unit's technician keeps its own
 * register, administrators any; everyone who may see the unit may read it.
 */
@Service
public class TransmissionMachineService {

    private final TransmissionMachineRepository machines;
    private final PersonRepository people;
    private final AuthenticatedUser authenticatedUser;
    private final AuditLog audit;
    private final Clock clock;

    TransmissionMachineService(
            TransmissionMachineRepository machines,
            PersonRepository people,
            AuthenticatedUser authenticatedUser,
            AuditLog audit,
            Clock clock) {
        this.machines = machines;
        this.people = people;
        this.authenticatedUser = authenticatedUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TransmissionMachineInfo> list(long unitId) {
        if (!authenticatedUser.require().maySeeUnit(unitId)) {
            throw BusinessException.forbidden("error.otherUnit");
        }
        return machines.findByUnitIdOrderByKindAscNameAsc(unitId).stream()
                .map(this::info)
                .toList();
    }

    @Transactional
    public TransmissionMachineInfo register(long unitId, NewTransmissionMachine machine) {
        CurrentUser caller = requireKeeper(unitId);
        if (machine == null || machine.kind() == null) {
            throw BusinessException.invalid("machine.error.kind");
        }
        String name = text(machine.name(), 100, "machine.error.name", true);
        Person responsible = responsible(unitId, machine.responsibleId());
        TransmissionMachine saved = machines.save(new TransmissionMachine(
                unitId,
                machine.kind(),
                name,
                text(machine.assetNumber(), 64, "machine.error.assetNumber", false),
                text(machine.location(), 200, "machine.error.location", false),
                responsible.getId(),
                clock.instant(),
                caller.username()));
        audit.record(
                AuditAction.ADMIN_CHANGE,
                "machine",
                Long.toString(saved.getId()),
                "registered " + machine.kind() + " " + name + " in the charge of " + responsible.getUsername());
        return info(saved);
    }

    /** The machine passes to another person of the unit (e.g. at a handover). */
    @Transactional
    public TransmissionMachineInfo handTo(long machineId, long personId) {
        TransmissionMachine machine = machine(machineId);
        requireKeeper(machine.getUnitId());
        Person responsible = responsible(machine.getUnitId(), personId);
        machine.handTo(responsible.getId());
        audit.record(
                AuditAction.ADMIN_CHANGE,
                "machine",
                Long.toString(machineId),
                "handed to " + responsible.getUsername());
        return info(machine);
    }

    @Transactional
    public void remove(long machineId) {
        TransmissionMachine machine = machine(machineId);
        requireKeeper(machine.getUnitId());
        machines.delete(machine);
        audit.record(
                AuditAction.ADMIN_CHANGE,
                "machine",
                Long.toString(machineId),
                "removed " + machine.getKind() + " " + machine.getName());
    }

    private CurrentUser requireKeeper(long unitId) {
        CurrentUser caller = authenticatedUser.require();
        boolean admin = caller.hasRole(Role.Names.ADMIN);
        boolean ownTechnician = caller.hasRole(Role.Names.TECHNICIAN) && caller.unitId() == unitId;
        if (!admin && !ownTechnician) {
            throw BusinessException.forbidden("machine.error.notKeeper");
        }
        return caller;
    }

    private Person responsible(long unitId, Long personId) {
        if (personId == null) {
            throw BusinessException.invalid("machine.error.responsible");
        }
        Person person =
                people.findById(personId).orElseThrow(() -> BusinessException.invalid("machine.error.responsible"));
        if (person.getUnitId() != unitId || !person.isActive()) {
            throw BusinessException.invalid("machine.error.responsibleOfUnit");
        }
        return person;
    }

    private TransmissionMachine machine(long id) {
        return machines.findById(id).orElseThrow(() -> BusinessException.notFound("machine.error.notFound", id));
    }

    private static String text(String value, int max, String key, boolean required) {
        String text = value == null ? "" : value.strip();
        if ((required && text.isEmpty()) || text.length() > max) {
            throw BusinessException.invalid(key, max);
        }
        return text.isEmpty() ? null : text;
    }

    private TransmissionMachineInfo info(TransmissionMachine m) {
        Person p = people.findById(m.getResponsibleId()).orElseThrow();
        return new TransmissionMachineInfo(
                m.getId(),
                m.getUnitId(),
                m.getKind(),
                m.getName(),
                m.getAssetNumber(),
                m.getLocation(),
                p.getId(),
                p.getFullName(),
                p.getMobile(),
                m.getRegisteredAt(),
                m.getRegisteredBy());
    }
}
