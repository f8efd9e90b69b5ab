package org.gongwen.supervision.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.gongwen.shared.ProcessSubjects;
import org.springframework.stereotype.Component;

/** The deployed processes (latest versions) in a fixed order, their diagrams and their wait steps. */
@Component
public class ProcessModels {

    /** The wait steps' history types by the node's class; a catch event's by its first known definition. */
    private static final List<StepType> NODE_TYPES = List.of(
            new StepType(UserTask.class, "userTask"),
            new StepType(ReceiveTask.class, "receiveTask"),
            new StepType(CallActivity.class, "callActivity"));

    private static final List<StepType> CATCH_TYPES = List.of(
            new StepType(TimerEventDefinition.class, "intermediateTimer"),
            new StepType(MessageEventDefinition.class, "intermediateMessageCatch"),
            new StepType(SignalEventDefinition.class, "intermediateSignalCatch"),
            new StepType(ConditionalEventDefinition.class, "intermediateConditional"));

    /** The county's processes in the order of the paperwork, as their owners list them; any other follows by key. */
    private final List<String> order;

    private final RepositoryService repository;

    ProcessModels(RepositoryService repository, List<ProcessSubjects> owners) {
        this.repository = repository;
        this.order =
                owners.stream().flatMap(owner -> owner.processKeys().stream()).toList();
    }

    public List<ProcessDefinition> latest() {
        List<ProcessDefinition> all = new ArrayList<>(repository
                .createProcessDefinitionQuery()
                .latestVersion()
                .active()
                .list());
        all.sort(Comparator.comparingInt((ProcessDefinition d) -> rank(d.getKey()))
                .thenComparing(ProcessDefinition::getKey));
        return all;
    }

    public Optional<ProcessDefinition> latest(String key) {
        return Optional.ofNullable(repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult());
    }

    public String xml(ProcessDefinition definition) {
        try (var in = repository.getProcessModel(definition.getId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The model's wait steps in document order: id, name, history type. */
    public List<String[]> waitSteps(ProcessDefinition definition) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        List<String[]> steps = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            String type = typeOf(node);
            if (type != null) {
                steps.add(new String[] {node.getId(), node.getName(), type});
            }
        }
        return steps;
    }

    private static String typeOf(FlowNode node) {
        String type = typeOf(NODE_TYPES, node);
        if (type == null && node instanceof IntermediateCatchEvent event) {
            for (EventDefinition definition : event.getEventDefinitions()) {
                type = typeOf(CATCH_TYPES, definition);
                if (type != null) {
                    break;
                }
            }
        }
        return type;
    }

    private static String typeOf(List<StepType> types, Object element) {
        return types.stream()
                .filter(type -> type.kind().isInstance(element))
                .map(StepType::name)
                .findFirst()
                .orElse(null);
    }

    private int rank(String key) {
        int i = order.indexOf(key);
        return i < 0 ? order.size() : i;
    }

    /** A step's name without the placeholder some models add for the task list ("签收：${subject}" → "签收"). */
    public static String plainName(String name) {
        return name == null
                ? null
                : name.replaceAll("[：:]?\\s*\\$\\{[^}]*}", "").trim();
    }

    private record StepType(Class<?> kind, String name) {}
}
