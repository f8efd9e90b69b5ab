package org.gongwen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BusinessKeyPrefixTests {

    private final BusinessKeyPrefix seal = new BusinessKeyPrefix("seal-");

    @Test
    void buildsTheKeyOfAnId() {
        assertThat(seal.of(7)).isEqualTo("seal-7");
        assertThat(new BusinessKeyPrefix("distribution-57-").of(3)).isEqualTo("distribution-57-3");
    }

    @Test
    void readsTheIdAfterThePrefixAndNothingFromAKeyOfAnotherShape() {
        assertThat(seal.idOf(seal.of(7))).hasValue(7);
        assertThat(seal.idOf("seal-revocation-7")).isEqualTo(OptionalLong.empty());
        assertThat(seal.idOf("seal-")).isEmpty();
        assertThat(seal.idOf("seal-+7")).isEmpty();
        assertThat(seal.idOf("seal-99999999999999999999")).isEmpty();
        assertThat(seal.idOf(null)).isEmpty();
        assertThat(new BusinessKeyPrefix("document-").idOf("incident-7")).isEmpty();
    }
}
