package org.gongwen.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gongwen.organization.internal.NewTransmissionMachine;
import org.gongwen.organization.internal.TransmissionMachineInfo;
import org.gongwen.organization.internal.TransmissionMachineService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units/{unitId}/machines")
@Tag(
        name = "machines",
        description = "传输设备登记：专用计算机、打印机及其责任人 / a unit's transmission machines and who is in charge (A37)")
class TransmissionMachinesController {

    private final TransmissionMachineService machines;

    TransmissionMachinesController(TransmissionMachineService machines) {
        this.machines = machines;
    }

    @GetMapping
    @Operation(summary = "本单位传输设备 / the unit's machines")
    List<TransmissionMachineInfo> list(@PathVariable long unitId) {
        return machines.list(unitId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "登记设备（本单位技术员或管理员）/ register a machine (the unit's technician or an admin)",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"kind\":\"PRINTER\",\"name\":\"公文专用打印机\",\"assetNumber\":\"QH-2026-031\","
                                                                            + "\"location\":\"党政办 203 室\",\"responsibleId\":12}"))))
    TransmissionMachineInfo register(@PathVariable long unitId, @RequestBody NewTransmissionMachine machine) {
        return machines.register(unitId, machine);
    }

    record Handover(Long responsibleId) {}

    @PutMapping("/{machineId}/responsible")
    @Operation(summary = "更换责任人 / hand the machine to another person of the unit")
    TransmissionMachineInfo handTo(
            @PathVariable long unitId, @PathVariable long machineId, @RequestBody Handover handover) {
        return machines.handTo(machineId, handover.responsibleId() == null ? -1 : handover.responsibleId());
    }

    @DeleteMapping("/{machineId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "注销设备 / remove a machine from the register")
    void remove(@PathVariable long unitId, @PathVariable long machineId) {
        machines.remove(machineId);
    }
}
