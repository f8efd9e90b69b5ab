package org.gongwen.organization.internal;

import java.util.Set;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.security.AccountService;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.SafeText;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators add people with an initial password that must be changed at first login. */
@Service
public class PeopleAdminService {

    private final OrganizationService organization;
    private final AccountService accounts;

    public PeopleAdminService(OrganizationService organization, AccountService accounts) {
        this.organization = organization;
        this.accounts = accounts;
    }

    public record NewPerson(
            String username,
            String fullName,
            long unitId,
            String mobile,
            String email,
            Set<Role> roles,
            String initialPassword) {}

    @Transactional
    @Secured("ROLE_" + Role.Names.ADMIN)
    public PersonInfo add(NewPerson person) {
        if (person.username() == null || !person.username().matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            throw BusinessException.invalid("people.error.username");
        }
        if (person.fullName() == null || person.fullName().isBlank()) {
            throw BusinessException.invalid("people.error.name");
        }
        SafeText.requireLine(person.fullName(), "field.fullName", 50);
        SafeText.requireLine(person.email(), "field.email", 200);
        if (person.mobile() != null
                && !person.mobile().isBlank()
                && !person.mobile().matches("1\\d{10}")) {
            throw BusinessException.invalid("people.error.mobile");
        }
        organization
                .unit(person.unitId())
                .orElseThrow(() -> BusinessException.notFound("error.unitNotFound", person.unitId()));
        PersonInfo created = organization.createPerson(
                person.username(),
                person.fullName().trim(),
                person.unitId(),
                person.mobile(),
                person.email(),
                person.roles());
        accounts.createAccountToChangeAtFirstLogin(created.id(), person.initialPassword());
        return created;
    }
}
