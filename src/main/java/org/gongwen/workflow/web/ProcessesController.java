package org.gongwen.workflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.gongwen.organization.Role;
import org.gongwen.shared.ApiError;
import org.gongwen.shared.Downloads;
import org.gongwen.shared.Translations;
import org.gongwen.workflow.internal.DeployedProcess;
import org.gongwen.workflow.internal.ModelFinding;
import org.gongwen.workflow.internal.ProcessAdministration;
import org.gongwen.workflow.internal.ProcessDiff;
import org.gongwen.workflow.internal.ProcessVersion;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes")
@Secured("ROLE_" + Role.Names.ADMIN)
@Tag(name = "processes", description = "流程管理：已部署流程、版本、部署前检查、部署、比较与恢复（系统管理员）/ " + "process administration (ADMIN)")
public class ProcessesController {

    private static final String LIST_EXAMPLE = """
            [{"key": "personnel-handover", "name": "人员交接", "latestVersion": 2, "runningInstances": 3,
              "versions": [
                {"definitionId": "personnel-handover:1:41", "version": 1, "deploymentId": "38",
                 "resourceName": "bpmn/personnel-handover.bpmn", "deployedAt": "2026-03-01T00:00:05Z",
                 "runningInstances": 1},
                {"definitionId": "personnel-handover:2:9051", "version": 2, "deploymentId": "9049",
                 "resourceName": "personnel-handover.bpmn", "deployedAt": "2026-03-09T06:12:44Z",
                 "runningInstances": 2}]}]""";
    private static final String FINDINGS_EXAMPLE = """
            [{"elementId": "Task_Approve", "line": null, "column": null, "messageKey": "model.error.candidateGroup",
              "arguments": ["JANITOR"], "message": "候选组 JANITOR 不对应任何角色"},
             {"elementId": null, "line": 12, "column": 7, "messageKey": "processAdmin.error.parseAt",
              "arguments": ["The element type \\"bpmn:userTask\\" must be terminated by the matching end-tag.", "12", "7"],
              "message": "第 12 行第 7 列：The element type \\"bpmn:userTask\\" must be terminated by the matching end-tag."}]""";
    private static final String XML_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://gongwen.org/bpmn">
              <bpmn:process id="example" name="示例" isExecutable="true" camunda:historyTimeToLive="P180D">
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Approve" />
                <bpmn:userTask id="Task_Approve" name="审批" camunda:candidateGroups="LEADER@${unitCode}" />
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Approve" targetRef="End" />
                <bpmn:endEvent id="End" />
              </bpmn:process>
            </bpmn:definitions>""";
    private static final String VERSION_EXAMPLE = """
            {"definitionId": "personnel-handover:3:9102", "version": 3, "deploymentId": "9100",
             "resourceName": "personnel-handover.bpmn", "deployedAt": "2026-03-10T02:00:00Z", "runningInstances": 0}""";
    private static final String DIFF_EXAMPLE = """
            {"key": "personnel-handover", "fromVersion": 1, "toVersion": 2,
             "changes": [
               {"kind": "CHANGED", "elementId": "Task_Accept", "elementType": "userTask", "name": "接收人确认",
                "details": ["camunda:candidateGroups: CLERK@${unitCode} → LEADER@${unitCode}"]},
               {"kind": "ADDED", "elementId": "Task_Review", "elementType": "userTask", "name": "复核", "details": []}],
             "unifiedDiff": ["--- personnel-handover v1", "+++ personnel-handover v2", "@@ -12,1 +12,1 @@", "..."]}""";

    private final ProcessAdministration processes;
    private final Translations translations;

    ProcessesController(ProcessAdministration processes, Translations translations) {
        this.processes = processes;
        this.translations = translations;
    }

    @GetMapping
    @Operation(summary = "Deployed processes with every version, its deployment time and running instances")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = DeployedProcess.class)),
                            examples = @ExampleObject(value = LIST_EXAMPLE)))
    public List<DeployedProcess> list() {
        return processes.processes();
    }

    @GetMapping("/{key}/versions/{version}/bpmn")
    @Operation(summary = "Download the BPMN XML of one version")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_XML_VALUE,
                            examples = @ExampleObject(value = XML_EXAMPLE)))
    public ResponseEntity<byte[]> bpmn(@PathVariable String key, @PathVariable int version) {
        byte[] xml = processes.bpmnXml(key, version).getBytes(StandardCharsets.UTF_8);
        return Downloads.file(
                        new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8),
                        Downloads.attachmentUtf8(key + "-v" + version + ".bpmn"))
                .body(xml);
    }

    @PostMapping("/checks")
    @Operation(
            summary = "Check a model before deploying it: parse errors with line and column, delegate and bean "
                    + "expressions naming no bean, form references naming no form in forms/, candidate groups matching no "
                    + "role, missing historyTimeToLive. An empty list means the model is clean. Send the XML as "
                    + "application/xml or text/xml, or a .bpmn file as multipart part 'file'; at most 2 MB")
    @BpmnModelBody
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = ModelFinding.class)),
                            examples = @ExampleObject(value = FINDINGS_EXAMPLE)))
    public List<ModelFinding> check(HttpServletRequest request) throws IOException {
        return processes.checkBeforeDeploy(BpmnUpload.read(request, null).xml());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Deploy a model as the newest version of its process: new instances use it, running ones "
                    + "continue on their version. Refused with 400 and the findings when a check fails")
    @BpmnModelBody
    @NewVersionResponse
    @ApiResponse(responseCode = "400", description = "a check failed; the message lists the findings")
    public ProcessVersion deploy(
            HttpServletRequest request,
            @Parameter(description = "resource name for an XML body, e.g. personnel-handover.bpmn")
                    @RequestParam(required = false)
                    String fileName)
            throws IOException {
        BpmnUpload upload = BpmnUpload.read(request, fileName);
        return processes.deploy(upload.fileName(), upload.xml());
    }

    @GetMapping("/{key}/diff")
    @Operation(
            summary = "What changed between two versions: elements added, removed and changed (diagram layout "
                    + "left out), and the unified diff of the XML")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ProcessDiff.class),
                            examples = @ExampleObject(value = DIFF_EXAMPLE)))
    public ProcessDiff diff(@PathVariable String key, @RequestParam int from, @RequestParam int to) {
        return processes.diff(key, from, to);
    }

    @PostMapping("/{key}/versions/{version}/revert")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Go back to an older version: its model is checked and deployed again as the newest version")
    @NewVersionResponse
    public ProcessVersion revert(@PathVariable String key, @PathVariable int version) {
        return processes.revert(key, version);
    }

    /** The API documentation of a model sent as the body; {@link BpmnUpload} reads it. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_XML_VALUE,
                            examples = @ExampleObject(value = XML_EXAMPLE)))
    @ApiResponse(responseCode = "413", description = "larger than 2 MB")
    @ApiResponse(responseCode = "415", description = "neither XML nor a .bpmn upload")
    @interface BpmnModelBody {}

    /** The API documentation of an answer with the version just deployed. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(
            responseCode = "201",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ProcessVersion.class),
                            examples = @ExampleObject(value = VERSION_EXAMPLE)))
    @interface NewVersionResponse {}

    @ExceptionHandler(BpmnUpload.UnsupportedUpload.class)
    ResponseEntity<ApiError> unsupported(BpmnUpload.UnsupportedUpload e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(
                        status.value(),
                        status.getReasonPhrase(),
                        translations.get(e.messageKey),
                        request.getRequestURI(),
                        Instant.now()));
    }
}
