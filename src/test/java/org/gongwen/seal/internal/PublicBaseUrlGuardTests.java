package org.gongwen.seal.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicBaseUrlGuardTests {

    @Test
    void productionRefusesToStartWithALocalBaseUrl() {
        for (String url :
                List.of("http://localhost:8080", "https://127.0.0.1", "http://[::1]:8080", "http://LOCALHOST/")) {
            assertThatThrownBy(() -> PublicBaseUrlGuard.check(url, List.of(), false))
                    .as(url)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("public-base-url");
            assertThatThrownBy(() -> PublicBaseUrlGuard.check(url, List.of("mysql"), false))
                    .as(url)
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void productionStartsWithTheCountysAddress() {
        assertThatCode(() -> PublicBaseUrlGuard.check("https://gongwen.qinghe.gov.cn", List.of("mysql"), false))
                .doesNotThrowAnyException();
        assertThatCode(() -> PublicBaseUrlGuard.check("http://10.1.2.3:8080", List.of(), false))
                .doesNotThrowAnyException();
    }

    @Test
    void theDemoDevAndTestProfilesOrAnExplicitSettingAllowALocalBaseUrl() {
        for (String profile : List.of("demo", "dev", "test")) {
            assertThatCode(() -> PublicBaseUrlGuard.check("http://localhost:8080", List.of("mysql", profile), false))
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> PublicBaseUrlGuard.check("http://localhost:8080", List.of("mysql"), true))
                .doesNotThrowAnyException();
    }
}
