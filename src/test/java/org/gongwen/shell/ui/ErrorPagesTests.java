package org.gongwen.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import java.sql.SQLNonTransientConnectionException;
import org.gongwen.shared.BusinessException;
import org.gongwen.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** Pages that cannot be shown say why in Chinese and answer with a fitting status, never Vaadin's English. */
class ErrorPagesTests extends KaribuTest {

    @Test
    void anAddressWithNoPageSaysSoInChineseWith404() {
        login("z01.clerk");
        PageNotFound page = new PageNotFound();
        int status = page.setErrorParameter(
                event(),
                new ErrorParameter<>(
                        NotFoundException.class, new NotFoundException("Couldn't find route for 'no-such-page'")));
        assertThat(status).isEqualTo(404);
        assertThat(page.title.getText()).isEqualTo("页面不存在");
    }

    @Test
    void aPageTheRolesDoNotOpenSaysTheSame() {
        login("z01.clerk");
        UI.getCurrent().navigate("admin/processes");
        Object shown =
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(shown).isInstanceOfAny(PageAccessDenied.class, PageNotFound.class);
        assertThat(((ErrorPage) shown).title.getText()).isEqualTo("页面不存在");
    }

    @Test
    void aDatabaseThatDoesNotAnswerIs503AndSaysTryAgain() {
        login("z01.clerk");
        PageFailed page = new PageFailed();
        int status = page.setErrorParameter(
                event(),
                new ErrorParameter<>(
                        Exception.class,
                        new DataAccessResourceFailureException(
                                "down", new SQLNonTransientConnectionException("refused", "08001"))));
        assertThat(status).isEqualTo(503);
        assertThat(page.title.getText()).isEqualTo("系统暂时无法使用");
        assertThat(page.text.getText()).isEqualTo("系统暂时无法连接数据库，请稍后重试。");
    }

    @Test
    void aRefusalShowsItsOwnMessageAndStatus() {
        login("z01.clerk");
        PageFailed page = new PageFailed();
        int status = page.setErrorParameter(
                event(),
                new ErrorParameter<>(
                        Exception.class,
                        new IllegalStateException("wrapped", BusinessException.conflict("error.contention"))));
        assertThat(status).isEqualTo(409);
        assertThat(page.text.getText()).isEqualTo("该事项刚刚已由他人处理，请刷新后查看最新状态。");
    }

    @Test
    void aFaultIs500WithoutItsTechnicalWords() {
        login("z01.clerk");
        PageFailed page = new PageFailed();
        int status = page.setErrorParameter(
                event(),
                new ErrorParameter<>(Exception.class, new NullPointerException("Cannot invoke \"String.length()\"")));
        assertThat(status).isEqualTo(500);
        assertThat(page.title.getText()).isEqualTo("页面打开失败");
        assertThat(page.text.getText()).isEqualTo("系统内部错误，请稍后重试或联系信息中心。");
    }

    private static BeforeEnterEvent event() {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("inbox"));
        return event;
    }
}
