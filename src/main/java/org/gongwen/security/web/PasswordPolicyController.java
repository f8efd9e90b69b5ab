package org.gongwen.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongwen.security.internal.PasswordPolicy;
import org.gongwen.security.internal.PasswordPolicyService;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/password-policy")
@Tag(name = "password policy", description = "密码策略 / password policy for administrators (A36)")
class PasswordPolicyController {

    private final PasswordPolicyService policies;

    PasswordPolicyController(PasswordPolicyService policies) {
        this.policies = policies;
    }

    @GetMapping
    @Secured("ROLE_ADMIN")
    @Operation(summary = "The password policy in force")
    PasswordPolicy current() {
        return policies.current();
    }

    @PutMapping
    @Operation(summary = "Set the password policy; applies to the next login and password change")
    PasswordPolicy update(@RequestBody PasswordPolicy policy) {
        return policies.update(policy);
    }

    @DeleteMapping
    @Operation(summary = "Return to the defaults of the application settings (gongwen.security)")
    PasswordPolicy reset() {
        return policies.reset();
    }
}
