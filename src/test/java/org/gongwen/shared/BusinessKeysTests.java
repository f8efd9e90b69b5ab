package org.gongwen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BusinessKeysTests {

    @Test
    void readsTheIdAfterThePrefixAndNothingFromAKeyOfAnotherShape() {
        assertThat(BusinessKeys.idAfter("seal-", "seal-7")).hasValue(7);
        assertThat(BusinessKeys.idAfter("seal-", "seal-revocation-7")).isEqualTo(OptionalLong.empty());
        assertThat(BusinessKeys.idAfter("seal-", "seal-")).isEmpty();
        assertThat(BusinessKeys.idAfter("seal-", "seal-+7")).isEmpty();
        assertThat(BusinessKeys.idAfter("seal-", "seal-99999999999999999999")).isEmpty();
        assertThat(BusinessKeys.idAfter("seal-", null)).isEmpty();
        assertThat(BusinessKeys.idAfter("document-", "incident-7")).isEmpty();
    }
}
