package org.gongwen.operations.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.Date;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.operations.IncidentBanner;
import org.gongwen.operations.internal.IncidentInfo;
import org.gongwen.operations.process.SystemFaultProcess;
import org.gongwen.organization.Role;
import org.gongwen.shared.CountyZone;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.workflow.TaskSummary;
import org.gongwen.workflow.ui.TaskInboxView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The fault report, the paper-mode banner and the centre's incident views; reporters are units of the test's own. */
class IncidentViewsTests extends KaribuTest {

    @Autowired
    org.gongwen.organization.OrganizationService organization;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CountyZone zone;

    @Test
    void a31_aTechnicianReportsTheBannerShowsDuringPaperModeAndTheCentreSeesTheTimeline() {
        String reporter = OwnUnits.login(ownUnit(), Role.TECHNICIAN);
        login(reporter);
        UI.getCurrent().navigate(FaultReportView.class);
        FaultReportView report = (FaultReportView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        report.submit.click();
        assertThat(report.result.getText()).isEqualTo("请填写故障现象和影响范围（不超过 1000 字）。");
        report.what.setValue("视图测试：公文无法发送");
        report.impact.setValue("本单位发文");
        report.submit.click();
        assertThat(report.result.getText()).startsWith("故障报告（编号 ").endsWith("）已送信息中心处置。");
        long id = jdbc.queryForObject(
                "select max(id) from operations_incident where what_broken = ?", Long.class, "视图测试：公文无法发送");
        String instance = jdbc.queryForObject(
                "select process_instance_id from operations_incident where id = ?", String.class, id);

        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .timers()
                .singleResult()
                .getId());
        UI.getCurrent().navigate(TaskInboxView.class);
        IncidentBanner banner = _get(IncidentBanner.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("系统故障：请改用纸质公文传递（自 ");

        login("xxzx.staff");
        UI.getCurrent().navigate(IncidentsView.class);
        IncidentsView view = (IncidentsView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(_size(view.grid)).isPositive();
        assertThat(view.pdf.isVisible())
                .as("no PDF link before an incident is chosen")
                .isFalse();
        IncidentInfo incident = view.grid
                .getListDataView()
                .getItems()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(view.status(incident)).isEqualTo("纸质传递中");
        view.grid.select(incident);
        // the reporter by name, not by username
        assertThat(view.timeline.getText())
                .contains("报告故障  "
                        + organization.personByUsername(reporter).orElseThrow().fullName())
                .doesNotContain(reporter)
                .contains("改用纸质传递");
        assertThat(view.export.getHref()).isNotBlank();
        UI.getCurrent().navigate("notifications");
        UI.getCurrent().navigate("incidents/" + id);
        IncidentsView opened = (IncidentsView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(opened.grid.asSingleSelect().getValue().id())
                .as("the address opens the incident")
                .isEqualTo(id);
        assertThat(opened.pdf.isVisible()).isTrue();
        assertThat(view.pdf.getText()).isEqualTo("导出所选故障记录（PDF）");
        assertThat(view.pdf.isVisible()).isTrue();
        assertThat(view.pdf.getHref()).isNotBlank();

        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        tasks.claim(task.getId(), "xxzx.staff");
        tasks.complete(task.getId(), SystemFaultProcess.handling("网卡故障", "更换网卡", true, "已恢复"));
        UI.getCurrent().navigate(TaskInboxView.class);
        assertThat(_find(IncidentBanner.class))
                .as("no visible banner once restored")
                .isEmpty();
    }

    @Test
    void a31_theHandlingTaskShowsItsDueDateAndTheTimelineListsEveryRoundInTimeOrder() {
        login(OwnUnits.login(ownUnit(), Role.TECHNICIAN));
        UI.getCurrent().navigate(FaultReportView.class);
        FaultReportView report = (FaultReportView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        report.what.setValue("视图测试：到期时间与两轮处置");
        report.impact.setValue("本单位收文");
        report.submit.click();
        long id = jdbc.queryForObject(
                "select max(id) from operations_incident where what_broken = ?", Long.class, "视图测试：到期时间与两轮处置");
        String instance = jdbc.queryForObject(
                "select process_instance_id from operations_incident where id = ?", String.class, id);
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        Date deadline = management
                .createJobQuery()
                .processInstanceId(instance)
                .timers()
                .singleResult()
                .getDuedate();
        assertThat(task.getDueDate()).as("due when the restore deadline passes").isEqualTo(deadline);

        login("xxzx.staff");
        UI.getCurrent().navigate(TaskInboxView.class);
        @SuppressWarnings("unchecked")
        Grid<TaskSummary> inbox = _get(Grid.class);
        int row = IntStream.range(0, inbox.getDataCommunicator().getItemCount())
                .filter(i -> task.getId()
                        .equals(inbox.getDataCommunicator().getItem(i).id()))
                .findFirst()
                .orElseThrow();
        Span due = (Span) _getCellComponent(inbox, row, "DUE");
        assertThat(due.getText()).isEqualTo(zone.formatTime(deadline.toInstant()));

        tasks.claim(task.getId(), "xxzx.staff");
        tasks.complete(task.getId(), SystemFaultProcess.handling("交换机端口故障", "更换端口", false, null));
        Task second = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(second.getDueDate())
                .as("the next round is due at the same deadline")
                .isEqualTo(deadline);
        tasks.claim(second.getId(), "xxzx.staff");
        tasks.complete(second.getId(), SystemFaultProcess.handling("交换机配置丢失", "恢复配置", true, "已恢复"));

        UI.getCurrent().navigate(IncidentsView.class);
        IncidentsView view = (IncidentsView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        view.grid.select(view.grid
                .getListDataView()
                .getItems()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow());
        String timeline = view.timeline.getText();
        assertThat(timeline).contains("第1次处置").contains("第2次处置");
        assertThat(timeline.indexOf("报告故障")).isLessThan(timeline.indexOf("交换机端口故障"));
        assertThat(timeline.indexOf("交换机端口故障")).isLessThan(timeline.indexOf("交换机配置丢失"));
        assertThat(timeline.indexOf("交换机配置丢失")).isLessThan(timeline.indexOf("系统恢复"));
    }

    @Test
    void clerksDoNotOpenTheIncidentReports() {
        login(OwnUnits.login(ownUnit(), Role.CLERK));
        UI.getCurrent().navigate(IncidentsView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(IncidentsView.class);
    }

    /** A unit of the test's own with a clerk and a technician. */
    private String ownUnit() {
        return OwnUnits.in(context).freshUnit("OV", "清河县故障视图测试局", Role.CLERK, Role.TECHNICIAN);
    }
}
