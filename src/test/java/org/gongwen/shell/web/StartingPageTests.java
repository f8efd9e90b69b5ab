package org.gongwen.shell.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongwen.shared.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StartingPageTests {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartingPage filter = new StartingPage(availability, translations());

    @Test
    void whileStartingEveryPageButTheHealthCheckIsAStartingPageThatReloadsItself() throws Exception {
        announce(ReadinessState.REFUSING_TRAFFIC);

        MockHttpServletResponse login = request("/login");
        assertThat(login.getStatus()).isEqualTo(503);
        assertThat(login.getHeader("Retry-After")).isEqualTo("5");
        assertThat(login.getContentAsString()).contains("公文交换正在启动", "http-equiv=\"refresh\"");

        assertThat(request("/actuator/health").getStatus()).isEqualTo(200);
    }

    @Test
    void onceReadyRequestsPassThrough() throws Exception {
        announce(ReadinessState.ACCEPTING_TRAFFIC);

        MockHttpServletResponse login = request("/login");
        assertThat(login.getStatus()).isEqualTo(200);
        assertThat(login.getContentAsString()).isEmpty();
    }

    private MockHttpServletResponse request(String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
        return response;
    }

    private void announce(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(new StaticApplicationContext(), state));
    }

    private static Translations translations() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Translations(messages);
    }
}
