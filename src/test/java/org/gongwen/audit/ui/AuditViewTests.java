package org.gongwen.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditActor;
import org.gongwen.audit.AuditEntryInfo;
import org.gongwen.audit.AuditLog;
import org.gongwen.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AuditViewTests extends KaribuTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    private AuditView open(String username) {
        login(username);
        UI.getCurrent().navigate(AuditView.class);
        return (AuditView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void anAdministratorFiltersByTargetAndActionAndVerifiesTheChain() {
        String target = "xa-" + UUID.randomUUID();
        audit.record(new AuditActor("xa.viewer", null), AuditAction.DOWNLOAD, "test", target, "下载正式文件");
        audit.record(new AuditActor("xa.viewer", null), AuditAction.PRINT, "test", target, "打印 份号 1");
        AuditView view = open("admin");

        view.filters.targetType.setValue("test");
        view.filters.targetId.setValue(target);
        assertThat(_size(view.grid)).isEqualTo(2);
        view.filters.action.setValue(AuditAction.PRINT);
        assertThat(_size(view.grid)).isEqualTo(1);
        AuditEntryInfo print = _get(view.grid, 0);
        assertThat(print.actor()).isEqualTo("xa.viewer");
        assertThat(print.detail()).isEqualTo("打印 份号 1");

        view.verify.click();
        assertThat(view.verification.getText()).startsWith("哈希链完整");
        assertThat(view.isBroken(print)).isFalse();
        assertThat(com.vaadin.flow.server.menu.MenuConfiguration.getMenuEntries())
                .extracting(com.vaadin.flow.server.menu.MenuEntry::path)
                .contains("/audit");
    }

    @Test
    void aBrokenChainIsShownAtTheEditedEntry() {
        String target = "xa-" + UUID.randomUUID();
        audit.record(new AuditActor("xa.viewer", null), AuditAction.VIEW, "test", target, "原文");
        AuditView view = open("admin");
        view.filters.targetId.setValue(target);
        AuditEntryInfo entry = _get(view.grid, 0);
        jdbc.update("update audit_entry set detail = ? where id = ?", "改过", entry.id());
        try {
            view.verify.click();
            assertThat(view.verification.getText())
                    .isEqualTo("哈希链在第 " + entry.id() + " 条记录处断开（该记录被修改）；此前 " + (entry.id() - 1) + " 条记录完整。");
            assertThat(view.isBroken(entry)).isTrue();
        } finally {
            jdbc.update("update audit_entry set detail = ? where id = ?", entry.detail(), entry.id());
        }
        view.verify.click();
        assertThat(view.verification.getText()).startsWith("哈希链完整");
    }

    @Test
    void aClerkMayNotOpenTheAuditLog() {
        login("z01.clerk");
        UI.getCurrent().navigate(AuditView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(AuditView.class);
    }
}
