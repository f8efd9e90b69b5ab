package org.gongwen.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.gongwen.shared.BusinessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The engine logs an expected refusal (a revoked seal) without ERROR and stack trace; a fault it still logs so. */
class QuietRefusalsTests {

    private static final ProcessEngine engine = engine();

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Logger engineContext = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");

    private static ProcessEngine engine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration
                .setProcessEngineName("quiet-refusals-tests")
                .setJdbcUrl("jdbc:h2:mem:quiet-refusals-tests;DB_CLOSE_DELAY=-1")
                .setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        new QuietRefusalsPlugin().preInit(configuration);
        ProcessEngine built = configuration.buildProcessEngine();
        built.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "stamping.bpmn",
                        Bpmn.createExecutableProcess("stamping")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("Task_Stamp")
                                .camundaDelegateExpression("${stamp}")
                                .endEvent()
                                .done())
                .deploy();
        return built;
    }

    @BeforeEach
    void listen() {
        events.start();
        engineContext.addAppender(events);
    }

    @AfterEach
    void stopListening() {
        engineContext.detachAppender(events);
        Mocks.reset();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void aRevokedSealIsARefusalNotAnError() {
        Mocks.register("stamp", (JavaDelegate) execution -> {
            throw BusinessException.conflict("seal.error.revoked", "城关镇人民政府印章");
        });
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("stamping"))
                .isInstanceOf(BusinessException.class);
        assertThat(events.list)
                .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.INFO) && e.getThrowableProxy() != null);
        assertThat(events.list).noneMatch(e -> e.getLevel() == Level.ERROR);
    }

    @Test
    void aFaultIsStillAnErrorWithItsStackTrace() {
        Mocks.register("stamp", (JavaDelegate) execution -> {
            throw new IllegalStateException("The CA key cannot be read");
        });
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("stamping"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(events.list).anyMatch(e -> e.getLevel() == Level.ERROR && e.getThrowableProxy() != null);
    }
}
