package org.gongwen.supervision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.supervision.internal.InspectionReportInfo;
import org.gongwen.supervision.internal.ReportState;
import org.gongwen.supervision.process.ReceiptInspectionProcess;
import org.gongwen.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** 通报: a supervisor starts a report for January 2021; a town's clerk sees it only once published. */
class InspectionReportsViewTests extends KaribuTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Test
    void aSupervisorStartsAReportAndEveryUnitReadsItOncePublished() {
        login("bgs.supervisor");
        InspectionReportsView view = open();
        assertThat(view.starter.isVisible()).isTrue();
        view.from.setValue(LocalDate.of(2021, 1, 1));
        view.to.setValue(LocalDate.of(2021, 1, 31));
        view.start.click();
        InspectionReportInfo draft = view.grid
                .getListDataView()
                .getItems()
                .filter(r -> r.title().equals("关于2021年1月份电子公文接收情况的通报") && r.state() == ReportState.DRAFT)
                .reduce((first, second) -> second.id() > first.id() ? second : first)
                .orElseThrow();
        view.grid.select(draft);
        assertThat(view.selectedTitle.getText()).isEqualTo("关于2021年1月份电子公文接收情况的通报");
        assertThat(view.links.getChildren())
                .as("no PDF before the report is built")
                .isEmpty();

        String instance = runJobs(draft.id());
        login("z07.clerk");
        InspectionReportsView unitView = open();
        assertThat(unitView.starter.isVisible()).isFalse();
        assertThat(unitView.grid.getListDataView().getItems())
                .extracting(InspectionReportInfo::id)
                .doesNotContain(draft.id());
        UI.getCurrent().navigate("reports/" + draft.id());
        assertThat(((InspectionReportsView) current()).selectedTitle.isVisible())
                .as("a draft's address opens nothing for a unit")
                .isFalse();

        SecurityContextHolder.clearContext();
        Task review = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        tasks.claim(review.getId(), "bgs.staff");
        tasks.complete(review.getId(), Map.of(ReceiptInspectionProcess.DECISION, ReceiptInspectionProcess.PUBLISH));
        runJobs(draft.id());

        login("z07.clerk");
        InspectionReportsView published = open();
        InspectionReportInfo row = published
                .grid
                .getListDataView()
                .getItems()
                .filter(r -> r.id() == draft.id())
                .findFirst()
                .orElseThrow();
        assertThat(published.getTranslation("inspection.state." + row.state().name()))
                .isEqualTo("已发布");
        UI.getCurrent().navigate("notifications");
        UI.getCurrent().navigate("reports/" + draft.id());
        published = (InspectionReportsView) current();
        assertThat(published.grid.asSingleSelect().getValue().id())
                .as("the address opens the report")
                .isEqualTo(draft.id());
        assertThat(published.selectedTitle.getText()).isEqualTo("关于2021年1月份电子公文接收情况的通报");
        assertThat(published.units.isVisible()).isTrue();
        assertThat(published.links.getChildren().map(c -> ((Anchor) c).getText()))
                .containsExactly("查看通报（PDF）");
    }

    @Test
    void aClerkCannotStartAReport() {
        login("z07.clerk");
        InspectionReportsView view = open();
        assertThat(view.starter.isVisible()).isFalse();
    }

    /** A fresh view for whoever is signed in now (navigating away first, as the view is kept otherwise). */
    private static InspectionReportsView open() {
        UI.getCurrent().navigate("notifications");
        UI.getCurrent().navigate(InspectionReportsView.class);
        return (InspectionReportsView) current();
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

    private static Component current() {
        return (Component)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
