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

    record Me(long id, String username, String fullName, long unitId, String unitCode, String unitName,
            Set<String> roles) {
    }

    @GetMapping
    @Operation(summary = "Who am I: name, unit and roles of the caller")
    Me me() {
        CurrentUser user = authenticatedUser.require();
        return new Me(user.personId(), user.username(), user.fullName(), user.unitId(), user.unitCode(),
                user.unitName(), new TreeSet<>(user.roles()));
    }
}
