package org.gongwen.receipt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.internal.AttachmentUpload;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.shared.Sha256;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SampleAttachments;
import org.gongwen.support.Tampering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The attachments on the received document's page (A11.3): each with its size and how it travels, a
 * separate file's integrity, a paper one with its deliverer; a PDF opens in the viewer, recorded. A sending
 * unit of the test's own sends to another of its own.
 */
class ReceivedAttachmentsViewTests extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a11_3_thePageListsEveryAttachmentWithItsSizeAndIntegrityAndOpensThePdfInTheViewer() {
        byte[] xlsx = SampleAttachments.xlsx();
        byte[] pdf = SampleAttachments.pdf();
        String unit = OwnUnits.in(context).freshUnit("AV", "清河县收文附件测试局", Role.CLERK);
        DocumentChain chain = DocumentChain.in(context);
        long id = sendTo(
                chain,
                unit,
                "关于核对收文附件列表的通知",
                List.of(
                        new AttachmentUpload("检查表.pdf", "application/pdf", pdf),
                        new AttachmentUpload("统计表.xlsx", "application/octet-stream", xlsx),
                        new AttachmentUpload("规划图.pdf", "application/pdf", pdf, 64L * 1024 * 1024)));
        login(OwnUnits.login(unit, Role.CLERK));
        ReceivedDocumentView page = open(id);

        List<Div> rows = _find(page, Div.class, spec -> spec.withClasses("received-attachment"));
        assertThat(rows)
                .extracting(row -> row.getElement().getTextRecursively())
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("附件1　检查表.pdf（").contains("已编入版式文件，受印章签名保护"),
                        second -> assertThat(second).startsWith("附件2　统计表.xlsx（").contains("✔ 与签名文件登记的数字指纹一致"),
                        third -> assertThat(third)
                                .startsWith("附件3　规划图.pdf")
                                .contains("纸质送达，由" + chain.sender().organ() + "送达"));
        assertThat(_find(rows.get(2), Anchor.class))
                .as("a paper attachment has no file")
                .isEmpty();
        assertThat(_find(rows.get(1), Anchor.class)).hasSize(1);

        _get(rows.get(0), Button.class, spec -> spec.withClasses("attachment-view"))
                .click();
        assertThat(page.viewer.file("127.0.0.1")).isEqualTo(pdf);
        assertThat(jdbc.queryForList(
                        "select detail from receipt_event where distribution_id = ? and type = ?",
                        String.class,
                        id,
                        "DOWNLOADED"))
                .contains("附件：检查表.pdf");

        Tampering.flipOneByteOfStoredAttachment(jdbc, Sha256.hex(xlsx));
        page = open(id);
        assertThat(_find(page, Div.class, spec -> spec.withClasses("received-attachment"))
                        .get(1)
                        .getElement()
                        .getTextRecursively())
                .contains("✘ 与签名文件登记的数字指纹不一致");
    }

    private ReceivedDocumentView open(long id) {
        UI.getCurrent().navigate(ReceivedDocumentView.class, ReceivedDocumentView.params(id));
        return (ReceivedDocumentView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private long sendTo(DocumentChain chain, String unitCode, String title, List<AttachmentUpload> attachments) {
        long unitId = organization.unitByCode(unitCode).orElseThrow().id();
        long documentId = chain.signedAndAwaitingConfirmation(
                title, List.of(new RecipientEntry(unitId, RecipientKind.MAIN, 1)), attachments);
        chain.confirmAndSend(documentId);
        SecurityContextHolder.clearContext();
        return jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);
    }
}
