package org.gongwen.receipt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.PdfInspection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 15: the received document's page offers 版式：PDF / OFD and shows the OFD rendered for viewing. A
 * sending unit of the test's own sends to another of its own.
 */
class OfdReceivingViewsTests extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theClerkSwitchesTheViewerToTheOfdRenderedAsAViewOnlyPdf() {
        String unit = OwnUnits.in(context).freshUnit("OV", "清河县OFD阅读测试局", Role.CLERK);
        long id = sendTo(unit, "关于切换OFD版式阅读的通知");
        login(OwnUnits.login(unit, Role.CLERK));
        UI.getCurrent().navigate(ReceivedDocumentView.class, ReceivedDocumentView.params(id));
        ReceivedDocumentView page = (ReceivedDocumentView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(page.checksPanel.getChildren().map(c -> ((Div) c).getClassNames()))
                .hasSize(8)
                .allMatch(classes -> classes.contains("check-passed"));

        page.layoutFormat.setValue(ReceivedDocumentView.OFD);

        byte[] shown = page.viewer.file("10.0.5.9");
        assertThat(new PdfInspection(shown).allText().replaceAll("\\s", "")).contains("关于切换OFD版式阅读的通知");
        assertThat(jdbc.queryForObject(
                        "select count(*) from receipt_event where distribution_id = ? "
                                + "and type = 'VIEWED' and detail = 'layout.ofd'",
                        Integer.class,
                        id))
                .isEqualTo(1);
    }

    private long sendTo(String unitCode, String title) {
        long unitId = organization.unitByCode(unitCode).orElseThrow().id();
        DocumentChain chain = DocumentChain.in(context);
        long documentId =
                chain.signedAndAwaitingConfirmation(title, List.of(new RecipientEntry(unitId, RecipientKind.MAIN, 1)));
        chain.confirmAndSend(documentId);
        SecurityContextHolder.clearContext();
        return jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);
    }
}
