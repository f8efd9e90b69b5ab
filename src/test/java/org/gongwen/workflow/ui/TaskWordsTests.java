package org.gongwen.workflow.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.BodyBlock;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.DocumentKind;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.internal.DocumentIssuing;
import org.gongwen.document.internal.DocumentService;
import org.gongwen.document.internal.Draft;
import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SignIn;
import org.gongwen.workflow.TaskSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tasks named by their matter (the document's title), and people by their names, not by keys and usernames;
 * the document goes between two units of the test's own.
 */
class TaskWordsTests extends KaribuTest {

    @Autowired
    DocumentService drafting;

    @Autowired
    DocumentIssuing issuing;

    @Autowired
    OrganizationService organization;

    @Autowired
    ProcessEngine engine;

    @Test
    void theLeaderSeesTheApprovalTaskByTheDocumentsTitleAndTheDrafterByName() {
        String title = "关于做好冬季供暖保障工作的通知";
        OwnUnits own = OwnUnits.in(context);
        String sender = own.freshUnit("TW", "清河县任务用语测试局", Role.CLERK, Role.LEADER);
        String recipient = own.freshUnit("TR", "清河县任务用语收文局");
        String clerk = OwnUnits.login(sender, Role.CLERK);
        SignIn.as(users, clerk);
        DocumentInfo draft;
        try {
            draft = drafting.create(new Draft(
                    DocumentKind.NOTICE,
                    title,
                    null,
                    null,
                    false,
                    List.of(new RecipientEntry(
                            organization.unitByCode(recipient).orElseThrow().id(), RecipientKind.MAIN, 1)),
                    List.of(BodyBlock.paragraph("各单位：请做好供暖保障。")),
                    organization.unitByCode(sender).orElseThrow().fullName(),
                    null,
                    null,
                    null,
                    null));
            issuing.submit(draft.id());
        } finally {
            SecurityContextHolder.clearContext();
        }
        String businessKey = DocumentApprovalProcess.businessKey(draft.id());
        try {
            login(OwnUnits.login(sender, Role.LEADER));
            UI.getCurrent().navigate(TaskInboxView.class);
            TaskInboxView inbox = (TaskInboxView)
                    UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
            int row = IntStream.range(0, inbox.grid.getDataCommunicator().getItemCount())
                    .filter(i -> businessKey.equals(
                            inbox.grid.getDataCommunicator().getItem(i).businessKey()))
                    .findFirst()
                    .orElseThrow();
            TaskSummary task = inbox.grid.getDataCommunicator().getItem(row);
            assertThat(task.subject()).isEqualTo(title);
            Component subject = _getCellComponent(inbox.grid, row, "SUBJECT");
            assertThat(((Span) subject).getText()).isEqualTo(title);
            assertThat(_getFormattedRow(inbox.grid, row)).noneMatch(cell -> cell.contains(businessKey));

            UI.getCurrent().navigate(TaskView.class, TaskView.params(task.id()));
            TaskView view = (TaskView)
                    UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
            String drafter = organization.personByUsername(clerk).orElseThrow().fullName();
            assertThat(view.context.getChildren().filter(Div.class::isInstance).map(c -> ((Div) c).getText()))
                    .contains("事项：" + title, "发起人：" + drafter)
                    .noneMatch(line -> line.contains(clerk) || line.contains(businessKey));
        } finally {
            engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey)
                    .list()
                    .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test over"));
        }
    }
}
