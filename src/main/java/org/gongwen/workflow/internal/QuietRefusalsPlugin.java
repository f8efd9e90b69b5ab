package org.gongwen.workflow.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception that leaves a command at ERROR with its stack trace (ENGINE-16004).
 * A refusal the application expects ({@link BusinessException}: a revoked seal, a wrong state) is not
 * a fault: the engine logs it at DEBUG, as it does a task claimed by someone else, and the caller that
 * passes it on to the person logs one line (TaskInboxService, the API's exception handler).
 */
@Component
class QuietRefusalsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandContextFactory factory = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new RefusalAwareCommandContext(processEngineConfiguration);
            }
        };
        factory.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(factory);
    }

    static class RefusalAwareCommandContext extends CommandContext {

        RefusalAwareCommandContext(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        @Override
        protected boolean shouldLogFine(Throwable failure) {
            return super.shouldLogFine(failure)
                    || BusinessException.foundIn(failure).isPresent();
        }
    }
}
