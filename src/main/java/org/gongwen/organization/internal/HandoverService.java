package org.gongwen.organization.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.process.PersonnelHandoverProcess;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.ProcessStarter;
import org.gongwen.shared.Translations;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts a staff handover (A32): only a leader, only within the leader's own unit. */
@Service
public class HandoverService {

    private final OrganizationService organization;
    private final RuntimeService runtime;
    private final ProcessStarter starter;
    private final AuthenticatedUser authenticatedUser;
    private final Translations translations;

    public HandoverService(
            OrganizationService organization,
            RuntimeService runtime,
            ProcessStarter starter,
            AuthenticatedUser authenticatedUser,
            Translations translations) {
        this.organization = organization;
        this.runtime = runtime;
        this.starter = starter;
        this.authenticatedUser = authenticatedUser;
        this.translations = translations;
    }

    /** Returns the id of the started process instance. */
    @Transactional
    @Secured("ROLE_" + Role.Names.LEADER)
    public String start(long outgoingId, long successorId, Set<Role> roles) {
        CurrentUser leader = authenticatedUser.require();
        PersonInfo outgoing = organization
                .person(outgoingId)
                .orElseThrow(() -> BusinessException.notFound("error.personNotFound", outgoingId));
        PersonInfo successor = organization
                .person(successorId)
                .orElseThrow(() -> BusinessException.notFound("error.personNotFound", successorId));
        if (outgoing.unitId() != leader.unitId() || successor.unitId() != leader.unitId()) {
            throw BusinessException.forbidden("handover.error.otherUnit");
        }
        if (outgoing.id() == successor.id()) {
            throw BusinessException.invalid("handover.error.samePerson");
        }
        if (roles.isEmpty() || !outgoing.roles().containsAll(roles)) {
            throw BusinessException.invalid("handover.error.roles");
        }
        String businessKey = PersonnelHandoverProcess.businessKey(outgoing.username());
        if (runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(businessKey)
                        .processDefinitionKey(PersonnelHandoverProcess.KEY)
                        .count()
                > 0) {
            throw BusinessException.conflict("handover.error.running", outgoing.fullName());
        }
        String rolesLabel = roles.stream()
                .sorted()
                .map(r -> translations.getTranslation("role." + r.name(), Translations.CHINESE))
                .collect(Collectors.joining("、"));
        return starter.startAs(
                        leader.username(),
                        PersonnelHandoverProcess.KEY,
                        businessKey,
                        PersonnelHandoverProcess.startVariables(
                                leader.unitId(),
                                leader.unitName(),
                                outgoing.username(),
                                outgoing.fullName(),
                                successor.username(),
                                successor.fullName(),
                                roles,
                                rolesLabel,
                                translations.getTranslation(
                                        "handover.subject",
                                        Translations.CHINESE,
                                        outgoing.fullName(),
                                        successor.fullName())))
                .getId();
    }
}
