package org.gongwen.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * A named in-memory engine for one process test class: full history, no job executor (tests
 * run jobs themselves), delegates resolved from {@code Mocks}.
 */
public final class ProcessTestEngine {

    private ProcessTestEngine() {}

    public static ProcessEngine inMemory(String name) {
        return new StandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName(name)
                .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
                .setHistory("full")
                .setJobExecutorActivate(false)
                .setExpressionManager(new MockExpressionManager())
                .buildProcessEngine();
    }
}
