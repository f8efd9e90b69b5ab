package org.gongwen.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.TreeSet;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "me", description = "当前用户 / the signed-in user")
class MeController {

    private final AuthenticatedUser authenticatedUser;

    MeController(AuthenticatedUser authenticatedUser) {
        this.authenticatedUser = authenticatedUser;
    }

    /** {@code id} is the person's id; null for a unit's office system, which is no person. */
    record Me(
            Long id,
            String username,
            String fullName,
            long unitId,
            String unitCode,
            String unitName,
            Set<String> roles) {}

    @GetMapping
    @Operation(
            summary = "Who am I: name, unit and roles of the caller",
            description = "A person (HTTP Basic) or a unit's office system (Authorization: Bearer gw_…, "
                    + "username oa@<unit code>, role OFFICE_SYSTEM, no person id)")
    Me me() {
        CurrentUser user = authenticatedUser.require();
        return new Me(
                user.isOfficeSystem() ? null : user.personId(),
                user.username(),
                user.fullName(),
                user.unitId(),
                user.unitCode(),
                user.unitName(),
                new TreeSet<>(user.roles()));
    }
}
