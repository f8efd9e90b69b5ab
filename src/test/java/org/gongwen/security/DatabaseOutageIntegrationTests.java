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
import org.gongwen.support.Demo;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.RealHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A database that stops answering, over the real server: every connection of the pool is taken (as when
 * the database hangs and the pool's connections are stuck on it), so the application's next request for
 * one times out after Hikari's connection-timeout. Valid callers are then told 503 "系统暂时无法连接数据库"
 * within seconds, never 401 "用户名或密码错误"; afterwards the same callers are served again. The shared
 * data source itself stays open.
 */
@IntegrationTest
class DatabaseOutageIntegrationTests {

    private static final String UNAVAILABLE = "系统暂时无法连接数据库，请稍后重试。";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    DataSource dataSource;

    @Autowired
    OrganizationService organization;

    @LocalServerPort
    int port;

    @Test
    void validCallersAreToldTheDatabaseIsUnavailableNotThatTheirPasswordIsWrong() throws Exception {
        RealHttp basic = RealHttp.basic(port, "b22.clerk");
        String token = apiToken();
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
                "username=b22.clerk&password=" + URLEncoder.encode(Demo.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)));
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

    private String apiToken() throws Exception {
        long unit = organization.unitByCode("B22").orElseThrow().id();
        HttpResponse<String> created = RealHttp.basic(port, "b22.tech")
                .json("POST", "/api/v1/units/" + unit + "/api-tokens", "{\"name\":\"outage\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(created.body())
                .get("token")
                .asText();
    }
}
