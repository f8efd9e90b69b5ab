package org.gongwen.workflow.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.PersonRolesChanged;
import org.gongwen.organization.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mirrors people and their role groups into Camunda's identity tables, so candidate groups
 * resolve and the Camunda web apps know the same accounts. The organisation tables stay the
 * source of truth: this runs at start-up and whenever a person's roles change.
 */
@Component
@Order(20)
class CamundaIdentitySync implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySync.class);

    private final IdentityService identity;
    private final OrganizationService organization;

    CamundaIdentitySync(IdentityService identity, OrganizationService organization) {
        this.identity = identity;
        this.organization = organization;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<PersonInfo> people = organization.allPeople();
        Set<String> users =
                identity.createUserQuery().list().stream().map(User::getId).collect(Collectors.toSet());
        Set<String> groups = identity.createGroupQuery().list().stream()
                .map(Group::getId)
                .collect(Collectors.toCollection(HashSet::new));
        people.forEach(person -> sync(person, users.contains(person.username()), groups));
        log.info("Camunda identity in step with {} people", people.size());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonRolesChanged event) {
        organization.person(event.personId()).ifPresent(person -> {
            boolean exists =
                    identity.createUserQuery().userId(person.username()).count() > 0;
            Set<String> groups = identity.createGroupQuery().list().stream()
                    .map(Group::getId)
                    .collect(Collectors.toCollection(HashSet::new));
            sync(person, exists, groups);
        });
    }

    private void sync(PersonInfo person, boolean userExists, Set<String> knownGroups) {
        if (!userExists) {
            User user = identity.newUser(person.username());
            user.setFirstName(person.fullName());
            user.setLastName(person.unitName());
            user.setEmail(person.email());
            user.setPassword(UUID.randomUUID().toString());
            identity.saveUser(user);
        }
        Set<String> wanted = new HashSet<>(OrganizationService.groupsOf(person));
        if (person.roles().contains(Role.ADMIN)) {
            // Camunda's own administrators group; without a member the web apps ask for a first admin
            wanted.add(Groups.CAMUNDA_ADMIN);
        }
        Set<String> current = identity.createGroupQuery().groupMember(person.username()).list().stream()
                .map(Group::getId)
                .collect(Collectors.toSet());
        for (String groupId : wanted) {
            if (knownGroups.add(groupId)
                    && identity.createGroupQuery().groupId(groupId).count() == 0) {
                Group group = identity.newGroup(groupId);
                group.setName(groupId);
                group.setType(
                        Groups.CAMUNDA_ADMIN.equals(groupId) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
                identity.saveGroup(group);
            }
            if (!current.contains(groupId)) {
                identity.createMembership(person.username(), groupId);
            }
        }
        current.stream().filter(g -> !wanted.contains(g)).forEach(g -> identity.deleteMembership(person.username(), g));
    }
}
