package org.gongwen.seal.internal;

import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.StaffHandedOver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A handover of the seal custodian role also hands over custody of the seals the outgoing person
 * held (A32): the successor becomes their custodian, in the handover's own transaction.
 */
@Component
class SealCustodyHandover {

    private final SealRepository seals;
    private final SealHistory history;
    private final OrganizationService organization;

    SealCustodyHandover(SealRepository seals, SealHistory history, OrganizationService organization) {
        this.seals = seals;
        this.history = history;
        this.organization = organization;
    }

    @EventListener
    void on(StaffHandedOver event) {
        if (!event.roles().contains(Role.SEAL_CUSTODIAN)) {
            return;
        }
        String from = organization
                .person(event.outgoingId())
                .map(PersonInfo::fullName)
                .orElse("");
        String to = organization
                .person(event.successorId())
                .map(PersonInfo::fullName)
                .orElse("");
        for (Seal seal : seals.findByCustodianId(event.outgoingId())) {
            seal.assignCustodian(event.successorId());
            history.record(seal.getId(), SealAction.CUSTODIAN_CHANGED, seal.getStatus(), from + " → " + to);
        }
    }
}
