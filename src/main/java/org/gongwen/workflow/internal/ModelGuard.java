package org.gongwen.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Finds what in a model would run code the application did not write: script tasks, scripts
 * (in listeners, input/output mappings and conditions), script resources, connectors, classes
 * outside the application's process packages, and expressions that reach reflection or the
 * engine or name a bean that is no {@link ProcessBeans process bean}. Works on the engine's own
 * parse of the XML, so it sees exactly what the engine would deploy, with lines.
 */
@Component
public class ModelGuard {

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final Set<String> CAMUNDA_NS = Set.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn");
    /** Names the engine itself resolves in expressions; they are no beans. */
    static final Set<String> ENGINE_NAMES =
            Set.of("execution", "task", "externalTask", "caseExecution", "variableScope", "authenticatedUserId");

    private static final Set<String> NOT_EXECUTED = Set.of("documentation", "textAnnotation", "text");
    private static final List<Class<?>> DELEGATE_TYPES =
            List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class, DelegateVariableMapping.class);

    /** One thing the model may not contain: the element it is in (with its line), the owning id, a message key and its detail. */
    public record Violation(Element element, String elementId, String messageKey, String detail) {}

    private final ProcessBeans beans;

    ModelGuard(ProcessBeans beans) {
        this.beans = beans;
    }

    public List<Violation> check(Element definitions) {
        List<Violation> violations = new ArrayList<>();
        walk(definitions, null, violations);
        return violations;
    }

    private void walk(Element element, String ownerId, List<Violation> violations) {
        if (!BPMN_NS.equals(element.getUri()) && !isCamunda(element)) {
            return; // diagram interchange and foreign extensions: the engine executes none of it
        }
        String id = element.attribute("id") != null ? element.attribute("id") : ownerId;
        String tag = element.getTagName();
        if (BPMN_NS.equals(element.getUri())) {
            if (NOT_EXECUTED.contains(tag)) {
                return;
            }
            if (tag.equals("scriptTask")) {
                violations.add(new Violation(element, id, "model.error.scriptTask", format(element)));
            }
            if ((tag.equals("conditionExpression") || tag.equals("condition"))
                    && element.attribute("language") != null) {
                violations.add(
                        new Violation(element, id, "model.error.scriptCondition", element.attribute("language")));
            }
        } else if (isCamunda(element)) {
            if (tag.equals("script")) {
                violations.add(new Violation(element, id, "model.error.script", format(element)));
            } else if (tag.equals("connector")) {
                violations.add(new Violation(element, id, "model.error.connector", ""));
            } else if (tag.equals("constraint")
                    && "validator".equals(element.attribute("name"))
                    && ExpressionRules.expressions(element.attribute("config")).isEmpty()) {
                checkClass(element, id, element.attribute("config"), violations);
            }
        }
        for (String key : element.attributes()) {
            checkAttribute(element, id, key, violations);
        }
        checkExpressions(element, id, element.getText(), violations);
        for (Element child : element.elements()) {
            walk(child, id, violations);
        }
    }

    private void checkAttribute(Element element, String id, String key, List<Violation> violations) {
        String value = element.attribute(key);
        int colon = key.lastIndexOf(':');
        String namespace = colon < 0 ? (isCamunda(element) ? element.getUri() : null) : key.substring(0, colon);
        String name = colon < 0 ? key : key.substring(colon + 1);
        if (namespace != null && CAMUNDA_NS.contains(namespace)) {
            if (name.equals("class") || name.endsWith("Class")) {
                checkClass(element, id, value, violations);
            } else if (name.equals("resource") && colon >= 0) {
                violations.add(new Violation(element, id, "model.error.script", value));
            }
        }
        checkExpressions(element, id, value, violations);
    }

    /** Only the application's own delegates and listeners, from a module's process package. */
    private void checkClass(Element element, String id, String className, List<Violation> violations) {
        String name = className == null ? "" : className.trim();
        if (!ownDelegate(name)) {
            violations.add(new Violation(element, id, "model.error.class", name));
        }
    }

    private static boolean ownDelegate(String className) {
        if (!ProcessBeans.inProcessPackage(className)) {
            return false;
        }
        try {
            Class<?> type = ClassUtils.forName(className, ModelGuard.class.getClassLoader());
            return DELEGATE_TYPES.stream().anyMatch(t -> t.isAssignableFrom(type));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private void checkExpressions(Element element, String id, String text, List<Violation> violations) {
        for (String expression : ExpressionRules.expressions(text)) {
            String forbidden = ExpressionRules.forbiddenName(expression);
            if (forbidden != null) {
                violations.add(new Violation(element, id, "model.error.expressionForbidden", forbidden));
            }
            for (String root : ExpressionRules.rootNames(expression)) {
                if (!ENGINE_NAMES.contains(root) && !beans.contains(root) && beans.isBean(root)) {
                    violations.add(new Violation(element, id, "model.error.expressionNotProcessBean", root));
                }
            }
        }
    }

    private static boolean isCamunda(Element element) {
        return element.getUri() != null && CAMUNDA_NS.contains(element.getUri());
    }

    private static String format(Element script) {
        String format = script.attribute("scriptFormat");
        return format == null || format.isBlank() ? script.getTagName() : format;
    }
}
