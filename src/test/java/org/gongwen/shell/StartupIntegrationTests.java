package org.gongwen.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The schema and the engine on the database under test (H2 or MySQL): every migration applied
 * (JPA validates the schema at start-up), the engine's tables present, every model in bpmn/ and
 * every form in forms/ deployed, health up.
 */
@IntegrationTest
class StartupIntegrationTests {

    @Autowired
    Flyway flyway;

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private static List<String> namesIn(String dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length()))
                    .toList();
        }
    }

    @Test
    void everyMigrationIsApplied() {
        assertThat(flyway.info().all())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
    }

    @Test
    void theEngineSchemaIsThere() {
        assertThat(jdbc.queryForObject("select count(*) from ACT_RE_PROCDEF", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from ACT_ID_USER", Integer.class))
                .isGreaterThan(200);
    }

    @Test
    void everyModelAndFormIsDeployed() throws IOException {
        for (String key : namesIn("bpmn", ".bpmn")) {
            assertThat(repository
                            .createProcessDefinitionQuery()
                            .processDefinitionKey(key)
                            .count())
                    .as("process %s", key)
                    .isPositive();
        }
        List<String> resources = repository.createDeploymentQuery().list().stream()
                .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream())
                .toList();
        for (String key : namesIn("forms", ".form")) {
            assertThat(resources).as("form %s", key).anyMatch(r -> r.endsWith("forms/" + key + ".form"));
        }
    }

    @Test
    void healthReportsDatabaseAndEngineToAnAdministrator() throws Exception {
        mvc.perform(get("/actuator/health").with(org.gongwen.support.Api.as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.processEngine.status").value("UP"));
    }

    @Test
    void openApiDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/tasks']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units']").exists());
    }
}
