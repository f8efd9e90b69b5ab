package org.gongwen.receipt.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.receipt.internal.ReceiptEventInfo;
import org.gongwen.receipt.internal.ReceiptEventType;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The received document's history in the reader's words: people by name, each event's detail in Chinese.
 * The document goes to a unit of the test's own.
 */
class ReceivedDocumentWordsTests extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHistoryNamesThePersonAndSaysWhatHappenedInChinese() {
        String code = OwnUnits.freshCode("RW");
        long unitId =
                OwnUnits.in(context).unit(code, "清河县收文用语测试局" + code, Role.CLERK).id();
        String login = OwnUnits.login(code, Role.CLERK);
        DocumentChain chain = DocumentChain.in(context);
        long documentId = chain.signedAndAwaitingConfirmation(
                "关于做好冬季道路交通安全工作的通知", List.of(new RecipientEntry(unitId, RecipientKind.MAIN, 2)));
        chain.confirmAndSend(documentId);
        SecurityContextHolder.clearContext();
        long distributionId = jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);

        login(login);
        UI.getCurrent().navigate(ReceivedDocumentView.class, ReceivedDocumentView.params(distributionId));
        ReceivedDocumentView page = (ReceivedDocumentView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        String clerk = organization.personByUsername(login).orElseThrow().fullName();
        List<List<String>> rows = IntStream.range(0, _size(page.history))
                .mapToObj(i -> _getFormattedRow(page.history, i))
                .toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("查看", clerk, "打开收文页面"));
        assertThat(rows).allSatisfy(row -> assertThat(row).doesNotContain(login, "detail", "layout"));

        Instant now = Instant.now();
        assertThat(page.historyDetail(new ReceiptEventInfo(ReceiptEventType.PRINTED, login, now, null, "unofficial")))
                .isEqualTo("无法律效力的副本");
        assertThat(page.historyDetail(new ReceiptEventInfo(ReceiptEventType.PRINTED, login, now, null, "000001")))
                .isEqualTo("正式份第 000001 份");
        assertThat(page.historyDetail(new ReceiptEventInfo(ReceiptEventType.RECEIVED, login, now, null, "PRINT")))
                .isEqualTo("首次打印");
        assertThat(page.historyDetail(new ReceiptEventInfo(ReceiptEventType.VIEWED, login, now, null, "layout")))
                .isEqualTo("阅读版式文件");
        assertThat(page.historyDetail(new ReceiptEventInfo(
                        ReceiptEventType.REISSUE_REQUESTED, login, now, null, "EXTRA_COPIES +2：会议需要")))
                .isEqualTo("追加打印 2 份：会议需要");
        assertThat(page.historyDetail(new ReceiptEventInfo(ReceiptEventType.RETURNED, login, now, null, "发错单位")))
                .isEqualTo("发错单位");
    }
}
