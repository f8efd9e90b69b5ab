package org.gongwen.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongwen.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gongwen.organization.UnitKind;
import org.gongwen.receipt.DailyDeliveries;
import org.gongwen.receipt.InboxEntry;
import org.gongwen.receipt.ReceiptFigure;
import org.gongwen.receipt.UnitReceiptFigures;
import org.gongwen.supervision.internal.DashboardFigures;
import org.gongwen.supervision.internal.DashboardFilter;
import org.gongwen.supervision.internal.SupervisionDashboard;
import org.gongwen.supervision.internal.UnitFigures;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.SeededReceipts;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's figures against hand-computed values (A5, A16), over receipts seeded in March
 * 2020 for two towns of the test's own ({@link SeededReceipts}), a month no other test touches.
 */
@IntegrationTest
class SupervisionDashboardIntegrationTests {

    private static final DashboardFilter MARCH_2020 =
            new DashboardFilter(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31), null);

    @Autowired
    SupervisionDashboard dashboard;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationContext context;

    SeededReceipts seeded;

    @BeforeEach
    void seed() {
        seeded = SeededReceipts.seed(context);
        signIn("bgs.supervisor");
    }

    @AfterEach
    void clean() {
        seeded.remove();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a16_theFiguresOfEachUnitMatchTheHandCount() {
        DashboardFigures figures = dashboard.figures(MARCH_2020);

        UnitReceiptFigures lagging = unit(figures, seeded.lagging());
        assertThat(List.of(
                        lagging.delivered(),
                        lagging.signedInTime(),
                        lagging.signedLate(),
                        lagging.missed(),
                        lagging.waiting(),
                        lagging.returned(),
                        lagging.reissueRequests()))
                .containsExactly(4L, 2L, 1L, 1L, 0L, 0L, 1L);
        assertThat(lagging.medianMinutesToSign()).isEqualTo(240);
        assertThat(lagging.slowestMinutesToSign()).isEqualTo(1440);
        assertThat(List.of(lagging.printsUsed(), lagging.printQuota(), lagging.unofficialPrints()))
                .containsExactly(3L, 7L, 2L);

        UnitReceiptFigures prompt = unit(figures, seeded.prompt());
        assertThat(List.of(prompt.delivered(), prompt.signedInTime(), prompt.returned()))
                .containsExactly(2L, 1L, 1L);
        assertThat(prompt.medianMinutesToSign()).isEqualTo(30);

        assertThat(figures.units())
                .extracting(UnitFigures::unitId)
                .containsExactlyInAnyOrder(seeded.lagging(), seeded.prompt());
        assertThat(figures.units())
                .filteredOn(u -> u.unitId() == seeded.lagging())
                .singleElement()
                .satisfies(u -> assertThat(u.inTimePercent()).isEqualTo(50));
        assertThat(List.of(
                        figures.delivered(),
                        figures.signedInTime(),
                        figures.signedLate(),
                        figures.missed(),
                        figures.returned(),
                        figures.documentsSent()))
                .containsExactly(6L, 3L, 1L, 1L, 1L, 5L);
        assertThat(figures.daily())
                .containsExactly(
                        new DailyDeliveries(LocalDate.of(2020, 3, 2), 2, 3),
                        new DailyDeliveries(LocalDate.of(2020, 3, 3), 1, 1),
                        new DailyDeliveries(LocalDate.of(2020, 3, 4), 1, 1),
                        new DailyDeliveries(LocalDate.of(2020, 3, 5), 1, 1));
    }

    @Test
    void a16_drillingDownListsTheDocumentsBehindAFigure() {
        List<InboxEntry> missed = dashboard.behind(seeded.lagging(), ReceiptFigure.MISSED, MARCH_2020);
        assertThat(missed).extracting(InboxEntry::title).containsExactly("关于开展春季植树活动的通知");
        assertThat(dashboard.behind(seeded.lagging(), ReceiptFigure.SIGNED_LATE, MARCH_2020))
                .extracting(InboxEntry::title)
                .containsExactly("关于做好春耕备耕工作的通知");
        assertThat(dashboard.behind(seeded.lagging(), ReceiptFigure.DELIVERED, MARCH_2020))
                .hasSize(4);
    }

    @Test
    void a5_theKindOfUnitAndThePeriodFilter() {
        assertThat(dashboard
                        .figures(new DashboardFilter(
                                LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31), UnitKind.DEPARTMENT))
                        .units())
                .isEmpty();
        assertThat(dashboard
                        .figures(new DashboardFilter(LocalDate.of(2020, 3, 3), LocalDate.of(2020, 3, 3), null))
                        .delivered())
                .isEqualTo(1);
        assertThatThrownBy(() -> new DashboardFilter(LocalDate.of(2020, 3, 31), LocalDate.of(2020, 3, 1), null))
                .hasMessageContaining("dashboard.error.period");
    }

    @Test
    void onlySupervisorsSeeTheFigures() throws Exception {
        mvc.perform(get("/api/v1/supervision/figures")
                        .param("from", "2020-03-01")
                        .param("to", "2020-03-31")
                        .with(as("bgs.supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delivered").value(6))
                .andExpect(jsonPath("$.missed").value(1));
        mvc.perform(get("/api/v1/supervision/figures")
                        .param("from", "2020-03-01")
                        .param("to", "2020-03-31")
                        .with(as("z01.clerk")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/supervision/figures")
                        .param("from", "2020-03-31")
                        .param("to", "2020-03-01")
                        .with(as("bgs.supervisor")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/supervision/units/" + seeded.lagging() + "/receipts")
                        .param("figure", "MISSED")
                        .param("from", "2020-03-01")
                        .param("to", "2020-03-31")
                        .with(as("bgs.supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void openApiGivesExamplePayloadsShapedLikeTheResponses() throws Exception {
        String figures = "$.paths['/api/v1/supervision/figures'].get.responses['200'].content['application/json']";
        String receipts = "$.paths['/api/v1/supervision/units/{unitId}/receipts'].get.responses['200']"
                + ".content['application/json']";
        String reports = "$.paths['/api/v1/inspection-reports']";
        String report = "$.paths['/api/v1/inspection-reports/{id}'].get.responses['200'].content['application/json']";
        String docs = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath(figures + ".example.units[0].figures.missed").value(1))
                .andExpect(jsonPath(figures + ".schema").exists())
                .andExpect(jsonPath(receipts + ".example[0].state").value("DELIVERED"))
                .andExpect(jsonPath(receipts + ".example[0].overdue").value(true))
                .andExpect(jsonPath(reports + ".get.responses['200'].content['application/json'].example[0].state")
                        .value("PUBLISHED"))
                .andExpect(jsonPath(reports + ".post.requestBody.content['application/json'].example.from")
                        .value("2026-11-01"))
                .andExpect(jsonPath(reports + ".post.responses['202'].content['application/json'].example.state")
                        .value("DRAFT"))
                .andExpect(
                        jsonPath(report + ".example.units[0].missedClerks[0]").value("李明"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        String actual = mvc.perform(get("/api/v1/supervision/figures")
                        .param("from", "2020-03-01")
                        .param("to", "2020-03-31")
                        .with(as("bgs.supervisor")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode example = json.readTree(docs)
                .at("/paths/~1api~1v1~1supervision~1figures/get/responses/200/content" + "/application~1json/example");
        assertThat(fieldNames(example, "")).isEqualTo(fieldNames(json.readTree(actual), ""));
    }

    /** Every field's path, arrays read through their first element. */
    private static Set<String> fieldNames(JsonNode node, String path) {
        Set<String> names = new TreeSet<>();
        if (node.isArray() && !node.isEmpty()) {
            names.addAll(fieldNames(node.get(0), path + "[]"));
        }
        node.fields().forEachRemaining(field -> {
            names.add(path + "." + field.getKey());
            names.addAll(fieldNames(field.getValue(), path + "." + field.getKey()));
        });
        return names;
    }

    private static UnitReceiptFigures unit(DashboardFigures figures, long unitId) {
        return figures.units().stream()
                .filter(u -> u.unitId() == unitId)
                .findFirst()
                .orElseThrow()
                .figures();
    }

    private void signIn(String username) {
        SignIn.as(users, username);
    }
}
