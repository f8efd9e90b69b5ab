package org.gongwen.shell.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.ErrorEvent;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.gongwen.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** A lost race or a database that did not answer reaches the person as a Chinese notification, no stack trace. */
class RefusalErrorHandlerTests extends KaribuTest {

    private final RefusalErrorHandler handler = new RefusalErrorHandler();

    @Test
    void aClickThatLostARaceIsToldSomeoneElseHasJustActed() {
        login("z09.clerk");
        handler.error(new ErrorEvent(new RuntimeException(
                "listener", new OptimisticLockingException("Entity was updated by another transaction concurrently"))));
        assertThat(getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("该事项刚刚已由他人处理，请刷新后查看最新状态。");
    }

    @Test
    void aClickWhileTheDatabaseDoesNotAnswerSaysSo() {
        login("z09.clerk");
        handler.error(new ErrorEvent(new CannotCreateTransactionException(
                "Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));
        assertThat(getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("系统暂时无法连接数据库，请稍后重试。");
    }
}
