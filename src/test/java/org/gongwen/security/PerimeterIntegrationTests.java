package org.gongwen.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.RealHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The perimeter, tried over real HTTP against the running server (the Camunda servlets are not
 * reachable through MockMvc): every engine and web-app API path and every operation of the
 * OpenAPI document, as a stranger, a clerk (browser session and HTTP Basic), another unit's
 * leader, an office system's API token and an administrator. A failure names the cell.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerimeterIntegrationTests {

    private static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final String NO_SUCH_ID = "999999999";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    TaskService tasks;

    @Autowired
    ObjectMapper json;

    Map<String, RealHttp> callers = new LinkedHashMap<>();
    Task task;
    /** The clerk's unit, also the API token's and the probe task's. */
    String unit;
    /** Another unit, whose leader calls. */
    String other;

    @BeforeAll
    void callers() {
        OwnUnits own = OwnUnits.in(context);
        unit = own.freshUnit("XP", "清河县边界测试局", Role.CLERK, Role.LEADER, Role.TECHNICIAN);
        other = own.freshUnit("XQ", "清河县边界测试二局", Role.LEADER);
        callers.put("anonymous", RealHttp.anonymous(port));
        callers.put("clerk session", RealHttp.session(port, OwnUnits.login(unit, Role.CLERK)));
        callers.put("clerk Basic", RealHttp.basic(port, OwnUnits.login(unit, Role.CLERK)));
        callers.put("other unit's leader session", RealHttp.session(port, OwnUnits.login(other, Role.LEADER)));
        callers.put("API token", RealHttp.bearer(port, apiToken()));
        callers.put("admin session", RealHttp.session(port, "admin"));
        callers.put("admin Basic", RealHttp.basic(port, "admin"));
        Task standalone = tasks.newTask();
        standalone.setName("perimeter probe");
        tasks.saveTask(standalone);
        tasks.addCandidateGroup(standalone.getId(), "CLERK@" + unit);
        task = standalone;
    }

    @AfterAll
    void removeTheProbeTask() {
        tasks.deleteTask(task.getId(), true);
    }

    @AfterEach
    void engineRestOff() {
        engineRest(false);
    }

    private String apiToken() {
        long unitId = context.getBean(OrganizationService.class)
                .unitByCode(unit)
                .orElseThrow()
                .id();
        HttpResponse<String> created = RealHttp.basic(port, OwnUnits.login(unit, Role.TECHNICIAN))
                .json("POST", "/api/v1/units/" + unitId + "/api-tokens", "{\"name\":\"perimeter\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            return json.readTree(created.body()).get("token").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Engine REST and web-app API paths that read or change every unit's work. */
    private List<String[]> engineRequests(String base) {
        String id = task.getId();
        List<String[]> requests = new ArrayList<>();
        for (String read : List.of(
                "/engine",
                "/task",
                "/task/" + id,
                "/task/count",
                "/variable-instance",
                "/process-instance",
                "/process-definition",
                "/history/process-instance",
                "/history/task",
                "/deployment",
                "/user",
                "/group",
                "/authorization",
                "/job",
                "/execution")) {
            requests.add(new String[] {"GET", base + read, null});
        }
        requests.add(new String[] {
            "POST", base + "/task/" + id + "/claim", "{\"userId\":\"" + OwnUnits.login(unit, Role.CLERK) + "\"}"
        });
        requests.add(new String[] {"POST", base + "/task/" + id + "/complete", "{}"});
        requests.add(new String[] {"DELETE", base + "/task/" + id, null});
        requests.add(new String[] {"DELETE", base + "/process-instance/" + NO_SUCH_ID, null});
        requests.add(new String[] {"POST", base + "/deployment/create", "{}"});
        return requests;
    }

    @Test
    void engineRestIsOffForEveryoneByDefault() {
        List<String> failures = new ArrayList<>();
        for (String[] request : engineRequests("/engine-rest")) {
            callers.forEach((who, caller) -> expect(failures, who, request, caller, s -> s == 404));
        }
        assertThat(failures).isEmpty();
        assertTaskUntouched();
    }

    @Test
    void engineRestSwitchedOnTakesOnlyAnAdministratorByBasic() {
        engineRest(true);
        List<String> failures = new ArrayList<>();
        for (String[] request : engineRequests("/engine-rest")) {
            callers.forEach((who, caller) -> {
                if (who.equals("admin Basic")) {
                    return;
                }
                // a session is not accepted there: stateless, so the caller is a stranger unless Basic
                expect(failures, who, request, caller, who.equals("clerk Basic") ? s -> s == 403 : s -> s == 401);
            });
        }
        assertThat(failures).isEmpty();
        assertTaskUntouched();

        RealHttp admin = callers.get("admin Basic");
        assertThat(admin.get("/engine-rest/task/" + task.getId()).statusCode()).isEqualTo(200);
        assertThat(admin.json("POST", "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"admin\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("admin");
        tasks.setAssignee(task.getId(), null);
    }

    @Test
    void camundaWebAppsAndTheirApisAreForAdministratorsOnly() {
        List<String[]> requests = new ArrayList<>(engineRequests(ENGINE));
        for (String app : List.of(
                "/camunda/app/cockpit/default/",
                "/camunda/app/tasklist/default/",
                "/camunda/app/admin/default/",
                "/camunda/app/welcome/default/")) {
            requests.add(new String[] {"GET", app, null});
        }
        requests.add(new String[] {"GET", "/camunda/api/admin/auth/user/default", null});
        requests.add(
                new String[] {"GET", "/camunda/api/cockpit/plugin/base/default/process-definition/statistics", null});
        requests.add(new String[] {"GET", "/camunda/api/tasklist/plugin/tasklist-plugin/static/app/plugin.js", null});
        List<String> failures = new ArrayList<>();
        for (String[] request : requests) {
            boolean api = request[1].startsWith("/camunda/api/");
            IntPredicate stranger = api ? s -> s == 401 : s -> s == 302;
            callers.forEach((who, caller) -> {
                IntPredicate expected = switch (who) {
                    case "clerk session", "other unit's leader session" -> s -> s == 403;
                    case "admin session" -> s -> s != 401 && s != 403 && s != 302 && s < 500;
                    default -> stranger;
                };
                if (!who.equals("admin session") || request[0].equals("GET")) {
                    expect(failures, who, request, caller, expected);
                }
            });
        }
        assertThat(failures).isEmpty();
        assertTaskUntouched();
        assertThat(callers.get("admin session")
                        .get(ENGINE + "/task/" + task.getId())
                        .statusCode())
                .isEqualTo(200);
        assertThat(callers.get("admin session")
                        .get("/camunda/app/cockpit/default/")
                        .statusCode())
                .isEqualTo(200);
        // changes through the web apps' API need the web apps' own CSRF token as well
        RealHttp admin = RealHttp.session(port, "admin");
        assertThat(admin.json("POST", ENGINE + "/task/" + task.getId() + "/claim", "{\"userId\":\"admin\"}")
                        .statusCode())
                .isIn(302, 403);
        assertTaskUntouched();
    }

    @Test
    void everyOperationOfTheApiRefusesStrangersSessionsAndTokensOutsideTheInbox() throws Exception {
        JsonNode paths = json.readTree(
                        callers.get("anonymous").get("/v3/api-docs").body())
                .get("paths");
        assertThat(paths.size()).isGreaterThan(30);
        List<String> failures = new ArrayList<>();
        paths.fields()
                .forEachRemaining(entry -> entry.getValue().fieldNames().forEachRemaining(method -> {
                    String path = entry.getKey().replaceAll("\\{[^}]+}", NO_SUCH_ID)
                            + requiredQuery(entry.getValue().get(method));
                    String[] request = {method.toUpperCase(), path, method.equals("get") ? null : "{}"};
                    expect(failures, "anonymous", request, callers.get("anonymous"), s -> s == 401);
                    expect(failures, "clerk session", request, callers.get("clerk session"), s -> s == 401);
                    expect(
                            failures,
                            "other unit's leader session",
                            request,
                            callers.get("other unit's leader session"),
                            s -> s == 401);
                    boolean inbox = path.equals("/api/v1/me") || path.startsWith("/api/v1/inbox");
                    expect(
                            failures,
                            "API token",
                            request,
                            callers.get("API token"),
                            inbox ? s -> s != 401 && s < 500 : s -> s == 403);
                    if (request[0].equals("GET")) {
                        IntPredicate answered = s -> s != 401 && s < 500;
                        expect(
                                failures,
                                "clerk Basic",
                                request,
                                callers.get("clerk Basic"),
                                adminOnly(path) ? s -> s == 403 : answered);
                        expect(failures, "admin Basic", request, callers.get("admin Basic"), answered);
                    }
                }));
        assertThat(failures).isEmpty();
    }

    @Test
    void healthShowsStrangersTheStatusOnlyAndOtherActuatorsNothing() throws Exception {
        HttpResponse<String> anonymous = callers.get("anonymous").get("/actuator/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        // besides the status only the names of the probe groups (liveness, readiness), which are no secret
        assertThat(json.readTree(anonymous.body()).fieldNames()).toIterable().containsExactly("status", "groups");
        for (String who : List.of("clerk session", "clerk Basic", "admin session")) {
            assertThat(callers.get(who).get("/actuator/health").body()).as(who).doesNotContain("components");
        }
        assertThat(callers.get("admin Basic").get("/actuator/health").body()).contains("components", "db");
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump")) {
            assertThat(callers.get("anonymous").get(path).statusCode()).as(path).isEqualTo(401);
            assertThat(callers.get("admin Basic").get(path).statusCode())
                    .as(path)
                    .isEqualTo(403);
        }
    }

    @Test
    void livenessAndReadinessProbesAnswerAnyoneWithTheirStatusOnly() throws Exception {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> anonymous = callers.get("anonymous").get(probe);
            assertThat(anonymous.statusCode()).as(probe).isEqualTo(200);
            JsonNode status = json.readTree(anonymous.body());
            assertThat(status.fieldNames()).toIterable().as(probe).containsExactly("status");
            assertThat(status.get("status").asText()).as(probe).isEqualTo("UP");
            assertThat(callers.get("API token").get(probe).statusCode())
                    .as(probe)
                    .isEqualTo(200);
        }
        // the probes show their status alone, administrators included; the full health lists both states
        assertThat(callers.get("admin Basic").get("/actuator/health/readiness").body())
                .doesNotContain("components");
        assertThat(callers.get("admin Basic").get("/actuator/health").body())
                .contains("readinessState", "livenessState", "db");
    }

    @Test
    void everyAnswerCarriesTheBrowserProtections() {
        for (String path : List.of(
                "/login",
                "/api/v1/me",
                "/engine-rest/task",
                "/actuator/health",
                "/actuator/health/readiness",
                "/pki/ca.pem")) {
            HttpResponse<String> response = callers.get("anonymous").get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .get()
                    .asString()
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .contains("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy"))
                    .as(path)
                    .get()
                    .asString()
                    .contains("camera=()", "geolocation=()");
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(path)
                    .contains("DENY");
        }
        assertThat(callers.get("admin session")
                        .get("/camunda/app/cockpit/default/")
                        .headers()
                        .firstValue("X-Frame-Options"))
                .contains("SAMEORIGIN");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        List<String> cookies = callers.get("anonymous").get("/login").headers().allValues("Set-Cookie");
        assertThat(cookies)
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .asString()
                .contains("HttpOnly", "SameSite=Lax");
    }

    @Test
    void theLoginFormRefusesAPostWithoutItsTokenAndTellsNoAccountFromAWrongPassword() {
        RealHttp stranger = RealHttp.anonymous(port);
        HttpResponse<String> forged =
                stranger.form("/login", "username=" + OwnUnits.login(unit, Role.LEADER) + "&password=Gongwen%402026");
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location")).get().asString().endsWith("/login?error=expired");

        HttpResponse<String> wrongPassword = RealHttp.basic(port, OwnUnits.login(other, Role.LEADER), "wrong")
                .get("/api/v1/me");
        HttpResponse<String> noAccount =
                RealHttp.basic(port, "nobody.here", "wrong").get("/api/v1/me");
        assertThat(wrongPassword.statusCode()).isEqualTo(noAccount.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body().replaceAll("\"timestamp\":\"[^\"]+\"", ""))
                .isEqualTo(noAccount.body().replaceAll("\"timestamp\":\"[^\"]+\"", ""))
                .contains("请先登录（用户名或密码错误）。");
    }

    /** Required query parameters filled in, so that a refusal is about the caller, not a missing parameter. */
    private static String requiredQuery(JsonNode operation) {
        List<String> query = new ArrayList<>();
        operation.path("parameters").forEach(p -> {
            if ("query".equals(p.path("in").asText()) && p.path("required").asBoolean()) {
                query.add(p.get("name").asText() + "=1");
            }
        });
        return query.isEmpty() ? "" : "?" + String.join("&", query);
    }

    /** Read operations only administrators (and for some, county supervisors) may call. */
    private static boolean adminOnly(String path) {
        return path.startsWith("/api/v1/processes")
                || path.startsWith("/api/v1/audit")
                || path.startsWith("/api/v1/layout");
    }

    private void assertTaskUntouched() {
        Task now = tasks.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(now).as("the probe task still exists").isNotNull();
        assertThat(now.getAssignee()).as("nobody claimed the probe task").isNull();
    }

    private void expect(List<String> failures, String who, String[] request, RealHttp caller, IntPredicate expected) {
        HttpResponse<String> response = caller.json(request[0], request[1], request[2]);
        if (!expected.test(response.statusCode())) {
            String body = response.body();
            failures.add(who + " " + request[0] + " " + request[1] + " -> " + response.statusCode() + " "
                    + (body.length() > 120 ? body.substring(0, 120) : body));
        }
    }

    private void engineRest(boolean on) {
        ReflectionTestUtils.setField(context.getBean("engineRestSwitch"), "enabled", on);
    }
}
