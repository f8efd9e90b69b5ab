package org.gongwen.workflow.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.gongwen.organization.Role;
import org.gongwen.workflow.forms.FormFindings;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a BPMN model against the application before it is deployed: every delegate expression
 * (of tasks, message events and listeners) names a process bean, every bean-method expression
 * names a process bean, every form reference names a form in {@code forms/}, every literal candidate group names
 * a role, every form it references has only components Gongwen renders and patterns that compile, the
 * expressions of due dates, timers, collections and conditions name existing beans, every process sets a history time to live, and at least one process is executable
 * (the engine deploys a model without one but creates no process from it). What a model may
 * not contain at all (scripts, foreign classes, reflection) the engine's own parse refuses
 * ({@code ModelGuard}), which the pre-deploy checks run too.
 */
@Component
public class ModelChecks {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** Elements whose text is an expression the engine evaluates. */
    private static final Set<String> TIMER_AND_CONDITION = Set.of(
            "timeDate", "timeDuration", "timeCycle", "conditionExpression", "completionCondition", "loopCardinality");

    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^[$#]\\{\\s*([A-Za-z_]\\w*)\\s*}$");
    private static final Pattern BEAN_METHOD_EXPRESSION = Pattern.compile("^[$#]\\{\\s*([A-Za-z_]\\w*)\\s*\\.");
    /** Names the engine itself resolves in expressions; they are no beans. */
    private static final Set<String> ENGINE_NAMES = Set.of(
            "execution",
            "task",
            "externalTask",
            "caseExecution",
            "variableScope",
            "authenticatedUserId",
            "dateTime",
            "connector");

    /** One finding: the element it concerns and a message key with its argument. */
    public record Problem(String elementId, String messageKey, String argument) {}

    private final ProcessBeans processBeans;
    private final Set<String> roles =
            Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    public ModelChecks(ProcessBeans processBeans) {
        this.processBeans = processBeans;
    }

    public List<Problem> check(BpmnModelInstance model) {
        List<Problem> problems = new ArrayList<>();
        var processes = model.getModelElementsByType(Process.class);
        for (Process process : processes) {
            if (process.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(new Problem(process.getId(), "model.error.historyTimeToLive", process.getId()));
            }
        }
        if (processes.stream().noneMatch(Process::isExecutable)) {
            processes.forEach(p -> problems.add(new Problem(p.getId(), "model.error.notExecutable", p.getId())));
            if (processes.isEmpty()) {
                problems.add(new Problem(null, "model.error.noProcess", ""));
            }
        }
        Node root = model.getDocument().getDomSource().getNode();
        Element definitions =
                root instanceof org.w3c.dom.Document document ? document.getDocumentElement() : (Element) root;
        walk(definitions, null, formKeys(), problems);
        return problems;
    }

    private void walk(Element element, String ownerId, Set<String> forms, List<Problem> problems) {
        String id = element.hasAttribute("id") && !partOfOwner(element) ? element.getAttribute("id") : ownerId;
        checkDelegate(id, camunda(element, "delegateExpression"), problems);
        checkBeanMethod(id, camunda(element, "expression"), problems);
        for (String attribute : List.of("dueDate", "followUpDate", "collection", "assignee")) {
            checkBeanMethod(id, camunda(element, attribute), problems);
        }
        if (BPMN_NS.equals(element.getNamespaceURI()) && TIMER_AND_CONDITION.contains(element.getLocalName())) {
            checkBeanMethod(id, element.getTextContent(), problems);
        }
        String formRef = camunda(element, "formRef");
        if (formRef != null && !formRef.contains("{")) {
            if (!forms.contains(formRef)) {
                problems.add(new Problem(id, "model.error.formRef", formRef));
            } else {
                formFindings(formRef)
                        .forEach(f -> problems.add(new Problem(
                                id,
                                f.messageKey().replace("form.error.", "model.error.form."),
                                formRef + "：" + f.component() + "（" + f.argument() + "）")));
            }
        }
        checkCandidateGroups(id, camunda(element, "candidateGroups"), problems);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                walk(childElement, id, forms, problems);
            }
        }
    }

    /** Event definitions, loop characteristics and expressions: findings name the element they belong to. */
    private static boolean partOfOwner(Element element) {
        String name = element.getLocalName();
        return name.endsWith("EventDefinition")
                || name.endsWith("LoopCharacteristics")
                || TIMER_AND_CONDITION.contains(name);
    }

    /**
     * A Camunda attribute: {@code camunda:x} on a BPMN element, plain {@code x} on a Camunda
     * listener element ({@code <camunda:taskListener delegateExpression="...">}).
     */
    private static String camunda(Element element, String attribute) {
        if (CAMUNDA_NS.equals(element.getNamespaceURI())) {
            boolean listener = element.getLocalName().endsWith("Listener");
            return listener && element.hasAttribute(attribute) ? element.getAttribute(attribute) : null;
        }
        return element.hasAttributeNS(CAMUNDA_NS, attribute) ? element.getAttributeNS(CAMUNDA_NS, attribute) : null;
    }

    private void checkDelegate(String elementId, String expression, List<Problem> problems) {
        if (expression == null) {
            return;
        }
        Matcher m = BEAN_EXPRESSION.matcher(expression.trim());
        if (m.matches() && unknown(m.group(1))) {
            problems.add(new Problem(elementId, "model.error.delegate", m.group(1)));
        }
    }

    /** {@code ${bean.method(...)}}: the bean must exist; other expressions may name process variables. */
    private void checkBeanMethod(String elementId, String expression, List<Problem> problems) {
        if (expression == null) {
            return;
        }
        Matcher m = BEAN_METHOD_EXPRESSION.matcher(expression.trim());
        if (m.find() && unknown(m.group(1))) {
            problems.add(new Problem(elementId, "model.error.expressionBean", m.group(1)));
        }
    }

    /** Names no bean at all; a bean that is no process bean is the engine's finding (ModelGuard). */
    private boolean unknown(String name) {
        return !ENGINE_NAMES.contains(name) && !processBeans.contains(name) && !processBeans.isBean(name);
    }

    /** {@code CLERK}, {@code CLERK@Z01} and {@code CLERK@${unitCode}} name a role; {@code ${group}} is not checked. */
    private void checkCandidateGroups(String elementId, String groups, List<Problem> problems) {
        if (groups == null) {
            return;
        }
        for (String group : groups.split(",")) {
            String role = group.trim().split("@")[0];
            if (!role.isEmpty() && !role.contains("{") && !roles.contains(role)) {
                problems.add(new Problem(elementId, "model.error.candidateGroup", group.trim()));
            }
        }
    }

    private static List<FormFindings.Finding> formFindings(String formKey) {
        try (var in = new ClassPathResource("forms/" + formKey + ".form").getInputStream()) {
            return FormFindings.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read form " + formKey, e);
        }
    }

    static Set<String> formKeys() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
            return Arrays.stream(resources)
                    .map(Resource::getFilename)
                    .map(name -> name.substring(0, name.length() - ".form".length()))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list forms", e);
        }
    }
}
