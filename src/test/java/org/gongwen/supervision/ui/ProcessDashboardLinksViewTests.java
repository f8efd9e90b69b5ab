package org.gongwen.supervision.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.ui.SentDocumentsView;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.supervision.internal.WaitingInstance;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 流程看板's links (A5, A16): a document waiting at 分管领导核准 links to its own page on 发文,
 * which opens it with its title for the supervisor, and for nobody outside its unit and the county.
 */
class ProcessDashboardLinksViewTests extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganizationService organization;

    @Autowired
    ProcessEngine engine;

    long documentId;

    @AfterEach
    void stopTheApproval() {
        DocumentChain.in(context).stopApproval(documentId);
    }

    @Test
    void a16_aWaitingApprovalLinksToItsDocumentWhichOpensWithItsTitle() {
        String title = "关于看板链接核对材料的通知" + System.nanoTime() % 10_000;
        documentId = submitted(title);

        login("bgs.supervisor");
        UI.getCurrent()
                .navigate(
                        "supervision/processes",
                        QueryParameters.simple(Map.of("process", "document-approval", "step", "Task_LeaderApprove")));
        ProcessDashboardView dashboard = (ProcessDashboardView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        int row = IntStream.range(0, _size(dashboard.waiting.waiting))
                .filter(i -> title.equals(_get(dashboard.waiting.waiting, i).subject()))
                .findFirst()
                .orElseThrow();
        assertThat(_get(dashboard.waiting.waiting, row).link()).isEqualTo("documents/" + documentId);
        Anchor open = (Anchor) _getCellComponent(dashboard.waiting.waiting, row, "page");
        assertThat(open.getText()).isEqualTo("打开");
        assertThat(open.getHref()).isEqualTo("documents/" + documentId);

        assertThat(dashboard.waiting.page(waitingWith("handover")))
                .as("人员交接 is a leader's, no link")
                .isNotInstanceOf(Anchor.class);
        assertThat(dashboard.waiting.page(waitingWith("incidents/1")))
                .as("the supervisor is also in the county office")
                .isInstanceOf(Anchor.class);
        assertThat(dashboard.waiting.page(waitingWith("seals/1"))).isInstanceOf(Anchor.class);

        UI.getCurrent().navigate(open.getHref());
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(SentDocumentsView.class);
        assertThat(_get(H3.class, spec -> spec.withText(title)).isVisible()).isTrue();

        login(OwnUnits.login(OwnUnits.in(context).freshUnit("XL", "清河县看板旁观测试局", Role.LEADER), Role.LEADER));
        UI.getCurrent().navigate("notifications");
        UI.getCurrent().navigate("documents/" + documentId);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(SentDocumentsView.class);
        assertThat(_find(H3.class, spec -> spec.withText(title)))
                .as("another unit's document stays closed")
                .isEmpty();
    }

    private static WaitingInstance waitingWith(String link) {
        return new WaitingInstance(
                "x", "x", "x", null, null, null, null, null, null, null, Instant.now(), 0, null, false, link);
    }

    private long submitted(String title) {
        OwnUnits own = OwnUnits.in(context);
        String sender = own.freshUnit("XL", "清河县看板发文测试局", Role.CLERK, Role.LEADER);
        long recipient = organization
                .unitByCode(own.freshUnit("XL", "清河县看板收文测试局", Role.CLERK))
                .orElseThrow()
                .id();
        return DocumentChain.in(context)
                .submitted(
                        sender.toLowerCase(Locale.ROOT),
                        "清河县看板发文测试局" + sender,
                        title,
                        List.of(new RecipientEntry(recipient, RecipientKind.MAIN, 1)));
    }
}
