package org.gongwen.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.gongwen.support.BrowserJourney;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.SeededReceipts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A5, A16 in Debian's Chromium: the county's supervisor opens 督查看板 for March 2020 (receipts
 * seeded for two towns of the test's own), the ECharts charts draw, and a click on the lagging
 * town's 漏收 bar lists the missed document.
 */
@IntegrationTest
class SupervisionJourneyTests {

    private static BrowserJourney journey;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @AfterAll
    static void closeBrowser() {
        if (journey != null) {
            journey.close();
        }
    }

    @Test
    void aSupervisorOpensTheDashboardAndDrillsDownFromAChart() {
        SeededReceipts seeded = SeededReceipts.seed(context);
        String lagging =
                jdbc.queryForObject("select full_name from org_unit where id = ?", String.class, seeded.lagging());
        journey = new BrowserJourney(port);
        try {
            Page page = journey.loginAs("bgs.supervisor");
            page.navigate(journey.url("/supervision?from=2020-03-01&to=2020-03-31"));
            assertThat(page.locator(".dashboard-totals")).containsText("送达 6 份");
            Locator chart = page.locator("#chart-timeliness");
            assertThat(chart.locator("canvas")).isVisible();

            @SuppressWarnings("unchecked")
            List<Number> point = (List<Number>) page.evaluate("""
                    name => {
                      const el = document.getElementById('chart-timeliness');
                      const chart = echarts.getInstanceByDom(el);
                      const i = chart.getOption().xAxis[0].data.indexOf(name);
                      const [x, y] = chart.convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, [i, 3.5]);
                      const box = el.getBoundingClientRect();
                      return [box.left + x, box.top + y];
                    }""", lagging);
            page.mouse().click(point.get(0).doubleValue(), point.get(1).doubleValue());

            assertThat(page.getByText(lagging + " · 漏收：1 份")).isVisible();
            assertThat(page.locator("vaadin-grid-cell-content")
                            .filter(new Locator.FilterOptions().setHasText("关于开展春季植树活动的通知"))
                            .first())
                    .isVisible();
        } catch (RuntimeException | AssertionError e) {
            journey.keepEvidence(e);
            throw e;
        } finally {
            journey.closePage();
            seeded.remove();
        }
    }
}
