package org.gongwen.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.internal.PeopleAdminService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "people", description = "人员管理（系统管理员）/ people administration (ADMIN)")
class PeopleController {

    private final PeopleAdminService admin;
    private final OrganizationService organization;

    PeopleController(PeopleAdminService admin, OrganizationService organization) {
        this.admin = admin;
        this.organization = organization;
    }

    record NewPersonRequest(
            @NotBlank String username,
            @NotBlank String fullName,
            @NotNull Long unitId,
            String mobile,
            String email,
            Set<Role> roles,
            @NotBlank String initialPassword) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a person to a unit; the initial password must be changed at first login")
    PersonInfo add(@Valid @RequestBody NewPersonRequest request) {
        return admin.add(new PeopleAdminService.NewPerson(
                request.username(),
                request.fullName(),
                request.unitId(),
                request.mobile(),
                request.email(),
                roles(request.roles()),
                request.initialPassword()));
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "Replace a person's roles")
    PersonInfo roles(@PathVariable long id, @RequestBody Set<Role> roles) {
        return organization.changeRoles(id, roles(roles));
    }

    private static Set<Role> roles(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
