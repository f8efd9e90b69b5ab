package org.gongwen.workflow.internal;

import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.gongwen.audit.AuditLog;
import org.gongwen.shared.Translations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the engine safe against the models it is given: expressions see only the process beans
 * and may not reach reflection or the engine ({@link GuardedExpressionManager}); a model that
 * would run code is refused at deployment ({@link GuardedBpmnParseFactory}); every new
 * deployment is audited ({@link DeploymentAudit}). DMN and CMMN, which the application does not
 * use, are off: they would be further ways in for expressions. Runs after the starter's own
 * configuration so nothing sets these back.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class EngineSafetyPlugin implements ProcessEnginePlugin, SmartInitializingSingleton {

    private final ApplicationContext context;
    private final ProcessBeans processBeans;
    private final ModelGuard guard;
    private final Translations translations;
    private final DeploymentAudit deploymentAudit;

    EngineSafetyPlugin(
            ApplicationContext context,
            ProcessBeans processBeans,
            ModelGuard guard,
            Translations translations,
            ObjectProvider<AuditLog> audit) {
        this.context = context;
        this.processBeans = processBeans;
        this.guard = guard;
        this.translations = translations;
        this.deploymentAudit = new DeploymentAudit(audit);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var beans = processBeans.asMap();
        configuration.setBeans(beans);
        configuration.setExpressionManager(new GuardedExpressionManager(context, beans));
        configuration.setBpmnParseFactory(new GuardedBpmnParseFactory(guard, translations));
        if (configuration.getCustomPostDeployers() == null) {
            configuration.setCustomPostDeployers(new ArrayList<>());
        }
        configuration.getCustomPostDeployers().add(deploymentAudit);
        configuration.setDmnEnabled(false);
        configuration.setCmmnEnabled(false);
    }

    @Override
    public void afterSingletonsInstantiated() {
        deploymentAudit.started();
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {}

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {}
}
