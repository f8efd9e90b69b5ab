package org.gongwen.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.support.Demo;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.RealHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A database that stops answering, over the real server: every connection of the pool is taken (as when
 * the database hangs and the pool's connections are stuck on it), so the application's next request for
 * one times out after Hikari's connection-timeout. Valid callers are then told 503 "系统暂时无法连接数据库"
 * within seconds, never 401 "用户名或密码错误"; afterwards the same callers are served again. The shared
 * data source itself stays open. The callers are people of a unit of the test's own.
 */
@IntegrationTest
class DatabaseOutageIntegrationTests {

    private static final String UNAVAILABLE = "系统暂时无法连接数据库，请稍后重试。";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    DataSource dataSource;

    @Autowired
    OrganizationService organization;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void validCallersAreToldTheDatabaseIsUnavailableNotThatTheirPasswordIsWrong() throws Exception {
        String unit = OwnUnits.in(context).freshUnit("DO", "清河县断库测试局", Role.CLERK, Role.TECHNICIAN);
        String clerk = OwnUnits.login(unit, Role.CLERK);
        RealHttp basic = RealHttp.basic(port, clerk);
        String token = apiToken(unit);
        RealHttp bearer = RealHttp.bearer(port, token);
        RealHttp browser = RealHttp.browser(port);
        assertThat(basic.get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(bearer.get("/api/v1/me").statusCode()).isEqualTo(200);
        HttpResponse<String> loginPage = browser.get("/login");
        Matcher csrf = CSRF_META.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> basicAnswer = whileTheDatabaseDoesNotAnswer(() -> basic.get("/api/v1/me"));
        assertThat(basicAnswer.statusCode()).as(basicAnswer.body()).isEqualTo(503);
        assertThat(basicAnswer.body()).contains(UNAVAILABLE).doesNotContain("用户名或密码错误");
        assertThat(basicAnswer.headers().firstValue("Retry-After")).isPresent();
        assertThat(basicAnswer.headers().firstValue("WWW-Authenticate")).isEmpty();

        HttpResponse<String> bearerAnswer = whileTheDatabaseDoesNotAnswer(() -> bearer.get("/api/v1/me"));
        assertThat(bearerAnswer.statusCode()).as(bearerAnswer.body()).isEqualTo(503);
        assertThat(bearerAnswer.body()).contains(UNAVAILABLE);

        HttpResponse<String> formAnswer = whileTheDatabaseDoesNotAnswer(() -> browser.form(
                "/login",
                "username=" + clerk + "&password=" + URLEncoder.encode(Demo.PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)));
        assertThat(formAnswer.statusCode()).isEqualTo(302);
        assertThat(formAnswer.headers().firstValue("Location").orElse("")).endsWith("/login?error=database");

        assertThat(basic.get("/api/v1/me").statusCode())
                .as("served again once the database answers")
                .isEqualTo(200);
        assertThat(bearer.get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    /** The call, made while every pooled connection is held here; it must be answered within seconds. */
    private HttpResponse<String> whileTheDatabaseDoesNotAnswer(Supplier<HttpResponse<String>> call)
            throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            Instant start = Instant.now();
            HttpResponse<String> answer = call.get();
            assertThat(Duration.between(start, Instant.now()))
                    .as("answered within seconds")
                    .isLessThan(Duration.ofSeconds(15));
            return answer;
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    private String apiToken(String code) throws Exception {
        long unit = organization.unitByCode(code).orElseThrow().id();
        HttpResponse<String> created = RealHttp.basic(port, OwnUnits.login(code, Role.TECHNICIAN))
                .json("POST", "/api/v1/units/" + unit + "/api-tokens", "{\"name\":\"outage\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(created.body())
                .get("token")
                .asText();
    }
}
