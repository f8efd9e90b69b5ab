package org.gongwen.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.support.BrowserJourney;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A9.1 in Debian's Chromium: a notice written while the page is open shows in the header's
 * unread badge without a reload, by server push. Uses only s03.tech.
 */
@IntegrationTest
class UnreadBadgeJourneyTests {

    private static final String USER = "s03.tech";

    @LocalServerPort
    int port;

    @Autowired
    NotificationService notifications;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewNoticeShowsInTheBadgeOfTheOpenPage() {
        long personId = organization.personByUsername(USER).orElseThrow().id();
        try (BrowserJourney journey = new BrowserJourney(port)) {
            try {
                Page page = journey.loginAs(USER);
                Locator badge = page.locator(".unread-badge");
                long before = unread(personId);
                if (before > 0) {
                    assertThat(badge).hasText(String.valueOf(before));
                }

                notifications.notify(List.of(personId), "收到公文：关于做好防汛工作的通知", "请签收。", "inbox");

                assertThat(badge).isVisible();
                assertThat(badge).hasText(String.valueOf(before + 1));
            } catch (RuntimeException | AssertionError e) {
                journey.keepEvidence(e);
                throw e;
            }
        }
    }

    private long unread(long personId) {
        return jdbc.queryForObject(
                "select count(*) from notification_message where recipient_id = ? and read_at is null",
                Long.class,
                personId);
    }
}
