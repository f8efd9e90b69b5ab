package org.gongwen.workflow.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.gongwen.organization.Role;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.FileNames;
import org.gongwen.shared.Translations;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Process administration for administrators: the deployed processes with their versions and
 * running instances, a version's BPMN, checks before deploying, deploying a model as a new
 * version (running instances stay on theirs), the difference between two versions and going
 * back to an older one. The engine itself puts every deployment into the audit log
 * ({@code DeploymentAudit}), as it does a deployment by any other path.
 */
@Service
@Secured("ROLE_" + Role.Names.ADMIN)
public class ProcessAdministration {

    /** A BPMN model larger than this is refused; the shipped ones are under 60 kB. */
    public static final int MAX_BPMN_BYTES = 2 * 1024 * 1024;

    static final String DEPLOYMENT_SOURCE = "gongwen-process-administration";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ModelChecks modelChecks;
    private final EngineParseCheck parseCheck;
    private final Translations translations;
    private final AuthenticatedUser authenticatedUser;

    public ProcessAdministration(
            RepositoryService repository,
            RuntimeService runtime,
            ModelChecks modelChecks,
            EngineParseCheck parseCheck,
            Translations translations,
            AuthenticatedUser authenticatedUser) {
        this.repository = repository;
        this.runtime = runtime;
        this.modelChecks = modelChecks;
        this.parseCheck = parseCheck;
        this.translations = translations;
        this.authenticatedUser = authenticatedUser;
    }

    public List<DeployedProcess> processes() {
        Map<String, Deployment> deployments = repository.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        Map<String, List<ProcessDefinition>> byKey = repository
                .createProcessDefinitionQuery()
                .orderByProcessDefinitionKey()
                .asc()
                .orderByProcessDefinitionVersion()
                .asc()
                .list()
                .stream()
                .collect(Collectors.groupingBy(ProcessDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
        List<DeployedProcess> processes = new ArrayList<>();
        byKey.forEach((key, definitions) -> {
            List<ProcessVersion> versions = definitions.stream()
                    .map(d -> version(d, deployments.get(d.getDeploymentId())))
                    .toList();
            ProcessDefinition latest = definitions.get(definitions.size() - 1);
            processes.add(new DeployedProcess(
                    key, latest.getName() == null ? key : latest.getName(), latest.getVersion(), versions));
        });
        return processes;
    }

    public DeployedProcess process(String key) {
        return processes().stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("processAdmin.error.unknownProcess", key));
    }

    public String bpmnXml(String key, int version) {
        ProcessDefinition definition = definition(key, version);
        try (InputStream in = repository.getProcessModel(definition.getId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the model of " + definition.getId(), e);
        }
    }

    /** Every mistake that would stop the model from deploying or running here; empty when it is clean. */
    public List<ModelFinding> checkBeforeDeploy(String bpmnXml) {
        if (bpmnXml == null || bpmnXml.isBlank()) {
            return List.of(finding(null, null, null, "processAdmin.error.empty"));
        }
        if (bpmnXml.getBytes(StandardCharsets.UTF_8).length > MAX_BPMN_BYTES) {
            throw BusinessException.tooLarge("processAdmin.error.tooLarge", MAX_BPMN_BYTES / 1024 / 1024);
        }
        List<ModelFinding> findings = new ArrayList<>();
        try {
            var model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmnXml.getBytes(StandardCharsets.UTF_8)));
            modelChecks
                    .check(model)
                    .forEach(p -> findings.add(finding(p.elementId(), null, null, p.messageKey(), p.argument())));
        } catch (RuntimeException e) {
            // not readable as BPMN: the engine's parser below says where
        }
        boolean checked = !findings.isEmpty();
        for (EngineParseCheck.ParseProblem problem : parseCheck.parse("check.bpmn", bpmnXml)) {
            if (problem.messageKey() != null) {
                // code the model may not contain (ModelGuard): element id, line and what it is
                findings.add(finding(
                        problem.elementId(),
                        problem.line(),
                        problem.column(),
                        problem.messageKey(),
                        problem.elementId(),
                        String.valueOf(problem.line()),
                        problem.detail()));
            } else if (!checked || problem.line() != null) {
                findings.add(finding(
                        problem.elementId(),
                        problem.line(),
                        problem.column(),
                        problem.line() == null ? "processAdmin.error.parse" : "processAdmin.error.parseAt",
                        problem.message(),
                        String.valueOf(problem.line()),
                        String.valueOf(problem.column())));
            }
        }
        return findings;
    }

    /** Deploys the model as the newest version of its process; refused when a check finds a mistake. */
    @Transactional
    public ProcessVersion deploy(String fileName, String bpmnXml) {
        return deploy(fileName, bpmnXml, null);
    }

    /** Deploys an older version's model again as the newest version. */
    @Transactional
    public ProcessVersion revert(String key, int version) {
        ProcessDefinition old = definition(key, version);
        return deploy(old.getResourceName(), bpmnXml(key, version), version);
    }

    public ProcessDiff diff(String key, int fromVersion, int toVersion) {
        String from = bpmnXml(key, fromVersion);
        String to = bpmnXml(key, toVersion);
        return new ProcessDiff(
                key,
                fromVersion,
                toVersion,
                BpmnDiffer.elementChanges(from, to),
                BpmnDiffer.unifiedDiff(key + " v" + fromVersion, from, key + " v" + toVersion, to));
    }

    private ProcessVersion deploy(String fileName, String bpmnXml, Integer revertedFrom) {
        List<ModelFinding> findings = checkBeforeDeploy(bpmnXml);
        if (!findings.isEmpty()) {
            throw BusinessException.invalid(
                    "processAdmin.error.checksFailed",
                    findings.stream().map(ModelFinding::message).collect(Collectors.joining("；")));
        }
        String resourceName = resourceName(fileName);
        // the engine audits every deployment (DeploymentAudit); a revert says which version it restores
        Deployment deployment = DeploymentAudit.withNote(
                revertedFrom == null ? null : "revert to v" + revertedFrom,
                () -> repository
                        .createDeployment()
                        .name(resourceName)
                        .source(DEPLOYMENT_SOURCE)
                        .addString(resourceName, bpmnXml)
                        .deploy());
        List<ProcessDefinition> deployed = repository
                .createProcessDefinitionQuery()
                .deploymentId(deployment.getId())
                .list();
        return deployed.stream()
                .max(Comparator.comparing(ProcessDefinition::getKey))
                .map(d -> version(d, deployment))
                .orElseThrow();
    }

    private ProcessDefinition definition(String key, int version) {
        if (version < 1) {
            throw BusinessException.notFound("processAdmin.error.unknownVersion", key, version);
        }
        ProcessDefinition definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .processDefinitionVersion(version)
                .singleResult();
        if (definition == null) {
            throw BusinessException.notFound("processAdmin.error.unknownVersion", key, version);
        }
        return definition;
    }

    private ProcessVersion version(ProcessDefinition definition, Deployment deployment) {
        long running = runtime.createProcessInstanceQuery()
                .processDefinitionId(definition.getId())
                .count();
        return new ProcessVersion(
                definition.getId(),
                definition.getVersion(),
                definition.getDeploymentId(),
                definition.getResourceName(),
                deployment == null ? null : deployment.getDeploymentTime().toInstant(),
                running);
    }

    private static String resourceName(String fileName) {
        String name = FileNames.displayName(fileName, "process.bpmn");
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") ? name : name + ".bpmn";
    }

    private ModelFinding finding(String elementId, Integer line, Integer column, String key, String... args) {
        return new ModelFinding(elementId, line, column, key, List.of(args), translations.get(key, (Object[]) args));
    }
}
