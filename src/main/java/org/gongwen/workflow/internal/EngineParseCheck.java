package org.gongwen.workflow.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXParseException;

/**
 * Runs a model through the engine's own BPMN parser (schema validation and the {@link ModelGuard}
 * included) without deploying it, and reports what the parser refuses, with line and column where
 * it knows them; what the guard refuses comes with its message key.
 */
@Component
public class EngineParseCheck {

    /**
     * What the parser said; line and column are null when the parser does not know them. A
     * {@link ModelGuard} finding has its message key and detail, other problems have none.
     */
    public record ParseProblem(
            String elementId, Integer line, Integer column, String message, String messageKey, String detail) {

        ParseProblem(String elementId, Integer line, Integer column, String message) {
            this(elementId, line, column, message, null, null);
        }
    }

    private final ProcessEngineConfigurationImpl engine;

    EngineParseCheck(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    public List<ParseProblem> parse(String resourceName, String bpmnXml) {
        BpmnParser parser = new BpmnParser(engine.getExpressionManager(), engine.getBpmnParseFactory());
        return engine.getCommandExecutorTxRequired().execute(commandContext -> {
            DeploymentEntity deployment = new DeploymentEntity();
            deployment.setName(resourceName);
            BpmnParse parse = parser.createParse();
            try {
                parse.deployment(deployment)
                        .sourceString(bpmnXml)
                        .name(resourceName)
                        .execute();
                return List.of();
            } catch (ParseException e) {
                List<ParseProblem> problems = new ArrayList<>();
                Set<String> guarded = new HashSet<>();
                if (parse instanceof GuardedBpmnParseFactory.GuardedParse guardedParse
                        && engine.getBpmnParseFactory() instanceof GuardedBpmnParseFactory factory) {
                    for (ModelGuard.Violation v : guardedParse.violations()) {
                        String message = factory.message(v);
                        guarded.add(message);
                        problems.add(new ParseProblem(
                                v.elementId(),
                                positive(v.element().getLine()),
                                positive(v.element().getColumn()),
                                message,
                                v.messageKey(),
                                v.detail()));
                    }
                }
                e.getResorceReports()
                        .forEach(report -> report.getErrors().stream()
                                .filter(p -> !guarded.contains(p.getMessage()))
                                .forEach(p -> problems.add(new ParseProblem(
                                        p.getMainElementId(),
                                        positive(p.getLine()),
                                        positive(p.getColumn()),
                                        p.getMessage()))));
                return problems.isEmpty() ? List.of(new ParseProblem(null, null, null, e.getMessage())) : problems;
            } catch (ProcessEngineException e) {
                return List.of(xmlProblem(e));
            }
        });
    }

    /** A fatal XML error ends the parse with an exception whose cause knows the position. */
    private static ParseProblem xmlProblem(ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                return new ParseProblem(
                        null, positive(sax.getLineNumber()), positive(sax.getColumnNumber()), sax.getMessage());
            }
        }
        return new ParseProblem(null, null, null, e.getMessage());
    }

    private static Integer positive(int number) {
        return number > 0 ? number : null;
    }
}
