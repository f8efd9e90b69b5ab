package org.gongwen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.security.ui.LoginView;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.RealHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16, several nodes: Vaadin's UI state lives in one node's memory, so a browser moved to
 * another node (its own died) arrives with a session cookie that node does not know. It lands on
 * the login page, which says why, and signing in again takes it back where it was going.
 */
@IntegrationTest
class SessionFailoverIntegrationTests {

    private static final String MESSAGE = "登录已失效（会话已过期或服务器已切换），请重新登录";
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    @LocalServerPort
    int port;

    @Test
    void aSessionCookieFromAnotherNodeLeadsToTheLoginPageWithTheReasonAndSigningInAgainWorks() {
        RealHttp browser = RealHttp.withSessionCookie(port, "JSESSIONID", "4F2A9C0E7B1D3A5C6E8F0A2B4C6D8E0F.node2");

        HttpResponse<String> protectedRoute = browser.get("/tasks");
        assertThat(protectedRoute.statusCode()).isEqualTo(302);
        String location = protectedRoute.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/login?sessionLost");

        HttpResponse<String> page = browser.get("/login?sessionLost");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(unescape(loginViewAsTheBrowserOpensIt(browser))).contains(MESSAGE);

        HttpResponse<String> signedIn = browser.signIn("z07.clerk");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .get()
                .asString()
                .doesNotContain("/login")
                .contains("/tasks");
        assertThat(browser.get("/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    void aFreshVisitorWithoutACookieGetsThePlainLoginPage() {
        HttpResponse<String> protectedRoute = RealHttp.anonymous(port).get("/tasks");
        assertThat(protectedRoute.statusCode()).isEqualTo(302);
        assertThat(protectedRoute.headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login")
                .doesNotContain("sessionLost");
    }

    /**
     * What Vaadin's client does after loading the page: start the UI, then navigate it to the
     * page's route; the answer holds the view's texts.
     */
    private static String loginViewAsTheBrowserOpensIt(RealHttp browser) {
        HttpResponse<String> init = browser.get("/?v-r=init&location=login&query=" + LoginView.SESSION_LOST);
        Matcher key = SECURITY_KEY.matcher(init.body());
        assertThat(key.find()).as("the UI's security key in %s", init.body()).isTrue();
        String navigate = ("{\"csrfToken\":\"%s\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                        + "\"data\":{\"route\":\"login\",\"query\":\"%s\",\"appShellTitle\":\"\",\"historyState\":null,"
                        + "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}")
                .formatted(key.group(1), LoginView.SESSION_LOST);
        HttpResponse<String> view = browser.json("POST", "/?v-r=uidl&v-uiId=0", navigate);
        assertThat(view.statusCode()).isEqualTo(200);
        return view.body();
    }

    private static String unescape(String json) {
        Matcher escape = UNICODE_ESCAPE.matcher(json);
        StringBuilder text = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(
                    text, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        return escape.appendTail(text).toString();
    }
}
