package org.gongwen.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import org.gongwen.organization.Role;
import org.gongwen.organization.internal.HandoverService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/handovers")
@Tag(name = "handovers", description = "人员交接 / staff handover (A32)")
class HandoverController {

    private final HandoverService handovers;

    HandoverController(HandoverService handovers) {
        this.handovers = handovers;
    }

    record HandoverRequest(
            @NotNull Long outgoingId,
            @NotNull Long successorId,
            @NotEmpty Set<Role> roles) {}

    record HandoverStarted(String processInstanceId) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A unit leader starts a handover from one person of the unit to another")
    HandoverStarted start(@Valid @RequestBody HandoverRequest request) {
        return new HandoverStarted(
                handovers.start(request.outgoingId(), request.successorId(), EnumSet.copyOf(request.roles())));
    }
}
