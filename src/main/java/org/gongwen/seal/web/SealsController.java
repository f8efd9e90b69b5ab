package org.gongwen.seal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.gongwen.seal.RevocationReason;
import org.gongwen.seal.SealApplicationService;
import org.gongwen.seal.SealRevocationService;
import org.gongwen.seal.SealDirectory;
import org.gongwen.seal.SealType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.gongwen.seal.SealInfo;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/seals")
@Tag(name = "seals", description = "本单位电子印章 / the caller's unit's electronic seals")
class SealsController {

    private final SealDirectory seals;
    private final SealApplicationService applications;
    private final SealRevocationService revocations;

    SealsController(SealDirectory seals, SealApplicationService applications, SealRevocationService revocations) {
        this.seals = seals;
        this.applications = applications;
        this.revocations = revocations;
    }

    record RevocationRequest(@NotNull RevocationReason reason, @NotBlank String explanation) {
    }

    @PostMapping("/{id}/revocations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Ask to revoke a seal of the caller's unit; takes effect after approval and three witnesses")
    void revoke(@PathVariable long id, @Valid @RequestBody RevocationRequest request) {
        revocations.request(id, request.reason(), request.explanation());
    }

    record ApplicationRequest(@NotNull SealType type, @NotBlank String reason) {
    }

    @PostMapping("/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply for an electronic seal for the caller's unit; starts the seal-application process")
    SealInfo apply(@Valid @RequestBody ApplicationRequest request) {
        return applications.apply(request.type(), request.reason());
    }

    @GetMapping
    @Operation(summary = "Seals of the caller's unit with status and certificate serial; never key material")
    List<SealInfo> mine() {
        return seals.mine();
    }

    @GetMapping("/{id}/certificate")
    @Operation(summary = "The seal certificate (PEM) of a seal of the caller's unit")
    ResponseEntity<String> certificate(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-pem-file"))
                .body(seals.certificatePem(id));
    }
}
