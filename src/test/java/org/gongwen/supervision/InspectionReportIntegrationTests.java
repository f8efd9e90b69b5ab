package org.gongwen.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitKind;
import org.gongwen.shared.BusinessException;
import org.gongwen.supervision.internal.InspectionReportDetails;
import org.gongwen.supervision.internal.InspectionReportInfo;
import org.gongwen.supervision.internal.InspectionReportService;
import org.gongwen.supervision.internal.ReportState;
import org.gongwen.supervision.process.ReceiptInspectionProcess;
import org.gongwen.support.Api;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.PdfInspection;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A report over seeded receipt records (A16) of two units made for this test (code prefix XI), in
 * March 2021, a month no other test delivers in; figures computed by hand in the comments. The units
 * that read the report are the test's own as well.
 */
@IntegrationTest
class InspectionReportIntegrationTests {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FROM = LocalDate.of(2021, 3, 1);
    private static final LocalDate TO = LocalDate.of(2021, 3, 31);
    private static final long HOUR = 3600;

    @Autowired
    InspectionReportService service;

    @Autowired
    OrganizationService organization;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private final String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    private long nextDocument = 800_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a16_theReportCountsInTimeLateMissedAndTimesToSignPerUnitAndIsPublishedToEveryUnit() throws Exception {
        long a = organization
                .createUnit("XIA" + suffix, "督查测试甲单位" + suffix, "甲单位", UnitKind.DEPARTMENT, null, "甲", false, 900)
                .id();
        long b = organization
                .createUnit("XIB" + suffix, "督查测试乙单位" + suffix, "乙单位", UnitKind.DEPARTMENT, null, "乙", false, 901)
                .id();
        PersonInfo first =
                organization.createPerson("xia" + suffix + ".clerk", "甲文书", a, null, null, List.of(Role.CLERK));
        organization.createPerson("xia" + suffix + ".clerk2", "乙文书", a, null, null, List.of(Role.CLERK));
        // unit A: in time 1 h (delivered just after midnight county time) and 3 h; late 96 h (overdue flag)
        // and 25 h (signed after overdue_at); missed: unsigned, and signed only after the period;
        // returned; a superseded version and deliveries outside March are not counted
        insert(a, "SIGNED", at(1, 0, 30), at(1, 1, 30), "xia" + suffix + ".clerk", false, null, null);
        insert(a, "SIGNED", at(3, 9, 0), at(3, 12, 0), "xia" + suffix + ".clerk2", false, null, null);
        insert(a, "SIGNED", at(4, 9, 0), at(8, 9, 0), "xia" + suffix + ".clerk2", true, at(6, 9, 0), null);
        insert(a, "SIGNED", at(5, 9, 0), at(6, 10, 0), "xia" + suffix + ".clerk", false, at(6, 9, 0), null);
        insert(a, "DELIVERED", at(10, 9, 0), null, null, true, at(12, 9, 0), null);
        insert(a, "SIGNED", at(30, 9, 0), at(32, 9, 0), "xia" + suffix + ".clerk", false, null, null);
        insert(a, "RETURNED", at(12, 9, 0), null, null, false, null, at(12, 11, 0));
        insert(a, "SUPERSEDED", at(15, 9, 0), null, null, false, null, null);
        insert(a, "SIGNED", at(0, 9, 0), at(0, 10, 0), "xia" + suffix + ".clerk", false, null, null);
        insert(a, "DELIVERED", at(32, 0, 30), null, null, false, null, null);
        // unit B: 2 h, 4 h and 6 h, all in time
        insert(b, "SIGNED", at(8, 9, 0), at(8, 11, 0), "someone", false, null, null);
        insert(b, "SIGNED", at(9, 9, 0), at(9, 13, 0), "someone", false, null, null);
        insert(b, "SIGNED", at(10, 9, 0), at(10, 15, 0), "someone", false, null, null);

        signIn("bgs.staff");
        InspectionReportInfo started = service.start(FROM, TO);
        assertThat(started.state()).isEqualTo(ReportState.DRAFT);
        assertThat(started.title()).isEqualTo("关于2021年3月份电子公文接收情况的通报");
        assertThat(started.docNumber()).startsWith("清政办通〔2021〕").endsWith("号");
        assertThat(started.built()).isFalse();
        String instance = runJobs(started.id());

        InspectionReportDetails built = service.get(started.id());
        assertThat(built.report().built()).isTrue();
        assertThat(built.units())
                .filteredOn(u -> u.unitId() == a)
                .singleElement()
                .satisfies(u -> {
                    assertThat(u.unitName()).isEqualTo("督查测试甲单位" + suffix);
                    assertThat(List.of(u.delivered(), u.signedInTime(), u.signedLate(), u.missed(), u.returned()))
                            .containsExactly(7, 2, 2, 2, 1);
                    assertThat(u.medianSecondsToSign()).isEqualTo(14 * HOUR); // (3 h + 25 h) / 2 of 1, 3, 25, 96
                    assertThat(u.slowestSecondsToSign()).isEqualTo(96 * HOUR);
                    assertThat(u.lateSigners()).containsExactly("乙文书", "甲文书");
                    assertThat(u.missedClerks()).containsExactly("甲文书", "乙文书");
                });
        assertThat(built.units())
                .filteredOn(u -> u.unitId() == b)
                .singleElement()
                .satisfies(u -> {
                    assertThat(List.of(u.delivered(), u.signedInTime(), u.signedLate(), u.missed(), u.returned()))
                            .containsExactly(3, 3, 0, 0, 0);
                    assertThat(u.medianSecondsToSign()).isEqualTo(4 * HOUR);
                    assertThat(u.slowestSecondsToSign()).isEqualTo(6 * HOUR);
                    assertThat(u.lateSigners()).isEmpty();
                    assertThat(u.missedClerks()).isEmpty();
                });
        String text = new PdfInspection(service.pdf(started.id())).allText().replaceAll("\\s", "");
        assertThat(text)
                .contains(
                        "清河县人民政府办公室",
                        "关于2021年3月份电子公文接收情况的通报",
                        "督查测试甲单位" + suffix + "：收文7份，按时签收2份，超时签收2份，未签收2份，退回1份；签收用时中位数14小时0分，最长96小时0分。");

        String reader = OwnUnits.in(context).freshUnit("XIR", "督查测试丙单位", Role.CLERK, Role.LEADER);
        String readerClerk = OwnUnits.login(reader, Role.CLERK);
        signIn(readerClerk);
        assertThat(service.list()).extracting(InspectionReportInfo::id).doesNotContain(started.id());
        assertThatThrownBy(() -> service.get(started.id())).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> service.start(FROM, TO)).isInstanceOf(AccessDeniedException.class);

        SecurityContextHolder.clearContext();
        Task review = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo(ReceiptInspectionProcess.TASK_REVIEW);
        tasks.claim(review.getId(), "bgs.staff");
        tasks.complete(review.getId(), Map.of(ReceiptInspectionProcess.DECISION, ReceiptInspectionProcess.PUBLISH));
        runJobs(started.id());

        signIn(readerClerk);
        assertThat(service.list())
                .filteredOn(r -> r.id() == started.id())
                .singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(ReportState.PUBLISHED));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_message where recipient_id = ? and link = ?",
                        Integer.class,
                        first.id(),
                        "reports"))
                .isOne();

        mvc.perform(get("/api/v1/inspection-reports/" + started.id()).with(Api.as(OwnUnits.login(reader, Role.LEADER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.state").value("PUBLISHED"))
                .andExpect(
                        jsonPath("$.units[?(@.unitId == " + a + ")].signedLate").value(2));
        mvc.perform(get("/api/v1/inspection-reports/" + started.id() + "/pdf").with(Api.as(readerClerk)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void onlyTheCountyOfficeAndSupervisorsStartReportsAndThePeriodIsChecked() throws Exception {
        String clerk = OwnUnits.login(OwnUnits.in(context).freshUnit("XIR", "督查测试丙单位", Role.CLERK), Role.CLERK);
        mvc.perform(post("/api/v1/inspection-reports")
                        .with(Api.as(clerk))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2021-02-01\",\"to\":\"2021-02-28\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/inspection-reports")
                        .with(Api.as("bgs.supervisor"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2021-02-28\",\"to\":\"2021-02-01\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/inspection-reports")
                        .with(Api.as("bgs.supervisor"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2021-02-01\",\"to\":\"2021-02-28\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.title").value("关于2021年2月份电子公文接收情况的通报"))
                .andExpect(jsonPath("$.state").value("DRAFT"));
    }

    /** March 2021 at {@code day} (0 = 28 February, 32 = 1 April), county time. */
    private static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2021, 3, 1, hour, minute)
                .plusDays(day - 1L)
                .atZone(COUNTY)
                .toInstant();
    }

    private void insert(
            long unitId,
            String state,
            Instant delivered,
            Instant signed,
            String signedBy,
            boolean overdue,
            Instant overdueAt,
            Instant returned) {
        jdbc.update(
                """
                insert into receipt_distribution (document_id, unit_id, kind, print_quota, state, delivered_at,
                    signed_at, signed_by, version, title, overdue, overdue_at, returned_at)
                values (?, ?, 'MAIN', 1, ?, ?, ?, ?, 1, '督查测试公文', ?, ?, ?)""",
                nextDocument++,
                unitId,
                state,
                utc(delivered),
                utc(signed),
                signedBy,
                overdue,
                utc(overdueAt),
                utc(returned));
    }

    /** Times are stored as UTC (hibernate.jdbc.time_zone). */
    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private void signIn(String username) {
        SignIn.as(users, username);
    }

    private String runJobs(long reportId) {
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ReceiptInspectionProcess.businessKey(reportId))
                .singleResult()
                .getId();
        management
                .createJobQuery()
                .processInstanceId(instance)
                .executable()
                .list()
                .forEach(job -> management.executeJob(job.getId()));
        return instance;
    }
}
