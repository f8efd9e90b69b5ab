package org.gongwen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.gongwen.security.internal.ApiTokenSecrets;
import org.gongwen.security.internal.GongwenPrincipal;
import org.gongwen.security.internal.IssuedToken;
import org.junit.jupiter.api.Test;

class ApiTokenSecretsTests {

    @Test
    void secretsAreGwAnd32RandomBytesInBase64Url() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = ApiTokenSecrets.generate();
            assertThat(token).matches("gw_[A-Za-z0-9_-]{43}");
            assertThat(ApiTokenSecrets.isWellFormed(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(100);
    }

    @Test
    void anythingElseIsMalformed() {
        assertThat(ApiTokenSecrets.isWellFormed(null)).isFalse();
        assertThat(ApiTokenSecrets.isWellFormed("gw_" + "A".repeat(42))).isFalse();
        assertThat(ApiTokenSecrets.isWellFormed("gw_" + "A".repeat(44))).isFalse();
        assertThat(ApiTokenSecrets.isWellFormed("xx_" + "A".repeat(43))).isFalse();
        assertThat(ApiTokenSecrets.isWellFormed("gw_" + "A".repeat(42) + "=")).isFalse();
    }

    @Test
    void storedIsTheSha256AndTheFirstEightCharacters() {
        String token = "gw_" + "A".repeat(43);
        assertThat(ApiTokenSecrets.prefixOf(token)).isEqualTo("gw_AAAAA");
        // sha256("abc"), the FIPS 180-2 test vector
        assertThat(ApiTokenSecrets.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ApiTokenSecrets.hash(token)).hasSize(64).isNotEqualTo(ApiTokenSecrets.hash(token + "x"));
    }

    @Test
    void anOfficeSystemHoldsOnlyItsOwnRoleAndNoPerson() {
        CurrentUser system = CurrentUser.officeSystem(new DirectoryUnit(7, "Z07", "清河县某镇人民政府", true), "OA");
        GongwenPrincipal principal = GongwenPrincipal.officeSystem(system);

        assertThat(principal.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OFFICE_SYSTEM");
        assertThat(principal.getUsername()).isEqualTo("oa@Z07");
        assertThat(system.personId()).isEqualTo(CurrentUser.NO_PERSON);
        assertThat(system.isOfficeSystem()).isTrue();
        assertThat(system.maySeeUnit(7)).isTrue();
        assertThat(system.maySeeUnit(8)).isFalse();
    }

    @Test
    void anIssuedTokenKeepsItsSecretOutOfItsString() {
        IssuedToken issued = new IssuedToken(1, 2, "OA", "gw_AAAAA", java.time.Instant.EPOCH, "gw_" + "A".repeat(43));
        assertThat(issued.toString()).contains("gw_AAAAA").doesNotContain("A".repeat(43));
    }
}
