package org.gongwen.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gongwen.notification.NotificationService;
import org.gongwen.notification.UnreadCountFeed;
import org.gongwen.notification.internal.NotificationMessage;
import org.gongwen.notification.internal.NotificationMessageRepository;
import org.gongwen.organization.OrganizationService;
import org.gongwen.support.KaribuTest;
import org.gongwen.workflow.ui.TaskInboxView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MainLayoutTests extends KaribuTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    UnreadCountFeed unreadCounts;

    @Autowired
    NotificationMessageRepository messages;

    @Autowired
    OrganizationService organization;

    private static java.util.List<String> menu() {
        return _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }

    @Test
    void theMenuShowsWhatTheRoleAllows() {
        login("z05.clerk");
        UI.getCurrent().navigate(TaskInboxView.class);
        assertThat(menu())
                .containsExactly("待办任务", "拟稿", "发文", "收文", "通报", "外来OFD验证", "单位与人员", "通讯录", "本单位电子印章", "消息提醒", "报告故障");
    }

    @Test
    void leadersAlsoSeeTheHandover() {
        login("z05.leader");
        UI.getCurrent().navigate(TaskInboxView.class);
        assertThat(menu()).contains("人员交接").doesNotContain("人员管理");
    }

    @Test
    void chineseIsTheDefaultAndEnglishCanBeChosen() {
        login("z05.tech");
        UI.getCurrent().navigate(TaskInboxView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("待办任务");

        _get(MainLayout.class).language.setValue(Locale.ENGLISH);
        UI.getCurrent().navigate(TaskInboxView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Tasks");
        assertThat(menu()).contains("Tasks", "Phone list");
    }

    @Test
    void theUnreadBadgeFollowsNotificationsWhileThePageStaysOpen() {
        login("s04.tech");
        UI.getCurrent().navigate(TaskInboxView.class);
        long before = unreadShown();
        long personId = organization.personByUsername("s04.tech").orElseThrow().id();

        notifications.notify(List.of(personId), "收到公文：关于做好防汛工作的通知", "请签收。", "inbox");
        MockVaadin.clientRoundtrip();
        assertThat(unreadShown()).as("pushed after the notice's commit").isEqualTo(before + 1);

        // written on another node: seen at the next refresh
        messages.save(new NotificationMessage(personId, "收到公文：关于开展安全检查的通知", "请签收。", "inbox", Instant.now()));
        MockVaadin.clientRoundtrip();
        assertThat(unreadShown()).isEqualTo(before + 1);
        unreadCounts.refreshAll();
        MockVaadin.clientRoundtrip();
        assertThat(unreadShown()).isEqualTo(before + 2);

        notifications.markRead(notifications.latest(1).get(0).id());
        MockVaadin.clientRoundtrip();
        assertThat(unreadShown()).as("stays until read").isEqualTo(before + 1);
    }

    private static long unreadShown() {
        MainLayout layout = _get(MainLayout.class);
        return layout.unreadBadge.isVisible() ? Long.parseLong(layout.unreadBadge.getText()) : 0;
    }
}
