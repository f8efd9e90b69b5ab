package org.gongwen.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditActor;
import org.gongwen.audit.AuditLog;
import org.gongwen.organization.OrganizationService;
import org.gongwen.shared.ui.ClientAddressText;
import org.gongwen.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit log in the reader's words: entries keep the codes, usernames and detail formats the
 * modules write (the chain and the CSV hold them so), and the viewer names people, targets and
 * details in Chinese.
 */
class AuditEntryWordsTests extends KaribuTest {

    @Autowired
    AuditLog audit;

    @Autowired
    OrganizationService organization;

    private List<String> shown(String targetId) {
        login("admin");
        UI.getCurrent().navigate(AuditView.class);
        AuditView view = (AuditView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        view.filters.targetType.clear();
        view.filters.action.clear();
        view.filters.targetId.setValue(targetId);
        assertThat(_size(view.grid)).isEqualTo(1);
        return _getFormattedRow(view.grid, 0);
    }

    private String nameOf(String username) {
        return organization.personByUsername(username).orElseThrow().fullName();
    }

    @Test
    void aReceiptEventIsShownWithThePersonsNameAndInChinese() {
        String target = "w-" + UUID.randomUUID();
        audit.record(
                new AuditActor("z01.clerk", null), AuditAction.PRINT, "distribution", target, "PRINTED: unofficial");
        List<String> row = shown(target);
        assertThat(row)
                .contains(nameOf("z01.clerk"), "打印", "收文 " + target, "打印：无法律效力的副本")
                .doesNotContain("z01.clerk", "PRINTED: unofficial");

        String viewed = "w-" + UUID.randomUUID();
        audit.record(new AuditActor("z01.clerk", null), AuditAction.VIEW, "distribution", viewed, "VIEWED: layout");
        assertThat(shown(viewed)).contains("查看：阅读版式文件");
        String copy = "w-" + UUID.randomUUID();
        audit.record(new AuditActor("z01.clerk", null), AuditAction.PRINT, "distribution", copy, "PRINTED: 000002");
        assertThat(shown(copy)).contains("打印：正式份第 000002 份");
    }

    @Test
    void loginsSealsAndApprovalsAreShownInChinese() {
        String account = "s04.tech";
        audit.record(
                new AuditActor(account, null), AuditAction.LOGIN_FAILED, "account", account, "BadCredentialsException");
        login("admin");
        UI.getCurrent().navigate(AuditView.class);
        AuditView view = (AuditView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        view.filters.targetType.setValue("account");
        view.filters.targetId.setValue(account);
        view.filters.action.setValue(AuditAction.LOGIN_FAILED);
        assertThat(_getFormattedRow(view.grid, 0)).contains(nameOf(account), "账号 " + nameOf(account), "用户名或密码错误");

        String seal = "w-" + UUID.randomUUID();
        audit.record(AuditActor.system(), AuditAction.SEAL_LIFECYCLE, "seal", seal, "ACTIVATED: 2026-0001");
        assertThat(shown(seal))
                .contains("系统", "印章 " + seal)
                .anySatisfy(cell -> assertThat(cell).startsWith(getTranslation("sealAction.ACTIVATED") + "：2026-0001"));

        String stamped = "w-" + UUID.randomUUID();
        audit.record(
                new AuditActor("z01.seal", null),
                AuditAction.SEAL_USE,
                "document",
                stamped,
                "seal 2 清河县城关镇人民政府公章, 城政〔2026〕3号");
        assertThat(shown(stamped)).contains(nameOf("z01.seal"), "加盖清河县城关镇人民政府公章（印章编号 2），文号 城政〔2026〕3号");

        String returned = "w-" + UUID.randomUUID();
        audit.record(new AuditActor("z01.leader", null), AuditAction.APPROVAL, "document", returned, "returned: 请补充落款");
        assertThat(shown(returned)).contains("退回修改：请补充落款");
    }

    @Test
    void addressesAreShownAsIpv4AndThisMachineIsNamed() {
        login("admin");
        assertThat(ClientAddressText.of("0:0:0:0:0:0:0:1")).isEqualTo("127.0.0.1（本机）");
        assertThat(ClientAddressText.of("127.0.0.1")).isEqualTo("127.0.0.1（本机）");
        assertThat(ClientAddressText.of("::ffff:10.0.5.8")).isEqualTo("10.0.5.8");
        assertThat(ClientAddressText.of("10.0.1.8")).isEqualTo("10.0.1.8");
        assertThat(ClientAddressText.of(null)).isEmpty();
        assertThat(ClientAddressText.of("printer-room"))
                .as("a name is not looked up")
                .isEqualTo("printer-room");
    }

    private static String getTranslation(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
