package org.gongwen.workflow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.gongwen.organization.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Checks a BPMN model against the application before it is deployed: every delegate expression
 * names a bean, every form reference names a form in {@code forms/}, every literal candidate
 * group names a role, every process sets a history time to live.
 */
@Component
public class ModelChecks {

    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_][\\w]*)\\s*}$");

    /** One finding: the element it concerns and a message key with its argument. */
    public record Problem(String elementId, String messageKey, String argument) {
    }

    private final ApplicationContext context;
    private final Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    public ModelChecks(ApplicationContext context) {
        this.context = context;
    }

    public List<Problem> check(BpmnModelInstance model) {
        List<Problem> problems = new ArrayList<>();
        Set<String> forms = formKeys();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(new Problem(process.getId(), "model.error.historyTimeToLive", process.getId()));
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            checkDelegate(task, task.getCamundaDelegateExpression(), problems);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String formRef = task.getCamundaFormRef();
            if (formRef != null && !formRef.startsWith("${") && !forms.contains(formRef)) {
                problems.add(new Problem(task.getId(), "model.error.formRef", formRef));
            }
            String groups = task.getCamundaCandidateGroups();
            if (groups != null) {
                for (String group : groups.split(",")) {
                    String role = group.trim().split("@")[0];
                    if (!group.isBlank() && !group.contains("${") && !roles.contains(role)) {
                        problems.add(new Problem(task.getId(), "model.error.candidateGroup", group.trim()));
                    }
                }
            }
        }
        return problems;
    }

    private void checkDelegate(BaseElement element, String expression, List<Problem> problems) {
        if (expression == null) {
            return;
        }
        Matcher m = BEAN_EXPRESSION.matcher(expression.trim());
        if (m.matches() && !context.containsBean(m.group(1))) {
            problems.add(new Problem(element.getId(), "model.error.delegate", m.group(1)));
        }
    }

    private static Set<String> formKeys() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
            return Arrays.stream(resources).map(Resource::getFilename)
                    .map(name -> name.substring(0, name.length() - ".form".length())).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list forms", e);
        }
    }
}
