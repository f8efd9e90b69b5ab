package org.gongwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.availability.LivenessStateHealthIndicator;
import org.springframework.boot.actuate.availability.ReadinessStateHealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gate readiness rests on: the demo county and its seals are seeded by start-up runners (DemoCounty,
 * CamundaIdentitySync, DemoSeals), and while a runner works, the migrated database and the started engine
 * notwithstanding, /actuator/health/readiness is OUT_OF_SERVICE (the node refuses traffic) while liveness is
 * UP; readiness turns UP only after the last runner. A three-bean application, not Gongwen's context.
 */
class ReadinessGateTests {

    private static final AtomicReference<Status> readinessWhileSeeding = new AtomicReference<>();
    private static final AtomicReference<Status> livenessWhileSeeding = new AtomicReference<>();

    @Test
    void readinessRefusesTrafficUntilSeedingHasFinished() {
        SpringApplication application = new SpringApplication(SeedingApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        // none of Gongwen's settings (nor its database file): only the availability machinery
        try (ConfigurableApplicationContext context = application.run("--spring.config.location=optional:file:none/")) {
            assertThat(readinessWhileSeeding.get()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(livenessWhileSeeding.get()).isEqualTo(Status.UP);
            ApplicationAvailability availability = context.getBean(ApplicationAvailability.class);
            assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
            assertThat(new ReadinessStateHealthIndicator(availability).health().getStatus())
                    .isEqualTo(Status.UP);
        }
    }

    @Test
    void demoSeedingRunsAsStartUpRunners() throws ClassNotFoundException {
        for (String seeding : new String[] {
            "org.gongwen.organization.internal.DemoCounty",
            "org.gongwen.workflow.internal.CamundaIdentitySync",
            "org.gongwen.seal.internal.DemoSeals"
        }) {
            assertThat(ApplicationRunner.class.isAssignableFrom(Class.forName(seeding)))
                    .as("%s runs before readiness", seeding)
                    .isTrue();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SeedingApplication {

        @Bean
        ApplicationAvailabilityBean applicationAvailability() {
            return new ApplicationAvailabilityBean();
        }

        @Bean
        ApplicationRunner seeding(ApplicationAvailability availability) {
            return args -> {
                readinessWhileSeeding.set(
                        new ReadinessStateHealthIndicator(availability).health().getStatus());
                livenessWhileSeeding.set(
                        new LivenessStateHealthIndicator(availability).health().getStatus());
            };
        }
    }
}
