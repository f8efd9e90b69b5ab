package org.gongwen.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import org.gongwen.support.KaribuTest;
import org.gongwen.workflow.ui.TaskInboxView;
import org.junit.jupiter.api.Test;

class MainLayoutTests extends KaribuTest {

    private static java.util.List<String> menu() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void theMenuShowsWhatTheRoleAllows() {
        login("z05.clerk");
        UI.getCurrent().navigate(TaskInboxView.class);
        assertThat(menu()).containsExactly("待办任务", "拟稿", "发文", "收文", "单位与人员", "通讯录", "本单位电子印章", "消息提醒");
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
}
