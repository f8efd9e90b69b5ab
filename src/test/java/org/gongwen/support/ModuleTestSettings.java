package org.gongwen.support;

/**
 * Settings of the module tests ({@code @ApplicationModuleTest}), which boot one module without a web
 * server, the other modules mocked.
 */
public final class ModuleTestSettings {

    /**
     * The engine starts without deploying {@code bpmn/} and {@code forms/}: the models name beans of every
     * module (a timer start event evaluates {@code ${inspectionSchedule.cycle}} of supervision when it is
     * deployed), which a context of one module does not have.
     */
    public static final String NO_MODEL_DEPLOYMENT = "camunda.bpm.auto-deployment-enabled=false";

    /**
     * Vaadin (with Hilla, which comes with it) and the engine's REST API and web apps need a servlet
     * context, which a module test does not start.
     */
    public static final String NO_WEB = "spring.autoconfigure.exclude="
            + "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
            + "com.vaadin.hilla.EndpointController,"
            + "com.vaadin.hilla.push.PushConfigurer,"
            + "com.vaadin.hilla.startup.EndpointRegistryInitializer,"
            + "com.vaadin.hilla.startup.RouteUnifyingServiceInitListener,"
            + "com.vaadin.hilla.route.RouteUtil,"
            + "com.vaadin.hilla.route.RouteUnifyingConfiguration,"
            + "com.vaadin.hilla.signals.config.SignalsConfiguration,"
            + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
            + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration";

    private ModuleTestSettings() {}
}
