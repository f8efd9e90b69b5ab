package org.gongwen.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongwen.security.internal.GongwenPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.method.SecuredAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.util.SimpleMethodInvocation;

/** {@code @Secured("ROLE_" + CurrentUser.OFFICE_SYSTEM)} admits an office system and nobody else. */
class OfficeSystemAuthorityTests {

    static class Interface {
        @Secured("ROLE_" + CurrentUser.OFFICE_SYSTEM)
        void read() {}

        @Secured("ROLE_TECHNICIAN")
        void manage() {}
    }

    private static boolean granted(Authentication authentication, String method) throws Exception {
        return new SecuredAuthorizationManager()
                .authorize(
                        () -> authentication,
                        new SimpleMethodInvocation(new Interface(), Interface.class.getDeclaredMethod(method)))
                .isGranted();
    }

    private static Authentication as(GongwenPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Test
    void anOfficeSystemPassesItsOwnCheckOnly() throws Exception {
        DirectoryUnit unit = new DirectoryUnit(3, "B03", "清河县某局", true);
        Authentication system = as(GongwenPrincipal.officeSystem(CurrentUser.officeSystem(unit, "OA")));
        Authentication technician = as(new GongwenPrincipal(
                new CurrentUser(9, "b03.tech", "技术员", 3, "B03", "清河县某局", java.util.Set.of("TECHNICIAN")),
                "",
                false,
                true,
                false));

        assertThat(granted(system, "read")).isTrue();
        assertThat(granted(system, "manage")).isFalse();
        assertThat(granted(technician, "read")).isFalse();
        assertThat(granted(technician, "manage")).isTrue();
    }
}
