package org.gongwen.seal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.util.List;
import org.gongwen.seal.SealDirectory;
import org.gongwen.seal.internal.ImpressionUpload;
import org.gongwen.seal.internal.RevocationReason;
import org.gongwen.seal.internal.SealApplicationService;
import org.gongwen.seal.internal.SealEventInfo;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealRevocationService;
import org.gongwen.seal.internal.SealType;
import org.gongwen.shared.BusinessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

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

    record RevocationRequest(
            @NotNull RevocationReason reason, @NotBlank String explanation) {}

    @PostMapping("/{id}/revocations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Ask to revoke a seal of the caller's unit; takes effect after approval and three witnesses")
    void revoke(@PathVariable long id, @Valid @RequestBody RevocationRequest request) {
        revocations.request(id, request.reason(), request.explanation());
    }

    @PostMapping(path = "/applications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Apply for an electronic seal for the caller's unit with the scan of the paper impression "
                    + "(PNG, JPEG or PDF, at most 10 MB); starts the seal-application process")
    SealInfo apply(
            @RequestParam(required = false) SealType type,
            @RequestParam(required = false) String reason,
            @RequestPart(name = "impression", required = false) MultipartFile impression)
            throws IOException {
        return applications.apply(type, reason, upload(impression));
    }

    @PostMapping(
            path = "/applications/preview",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "Check an impression scan and return the seal image it would make (PNG); stores nothing")
    byte[] preview(@RequestPart(name = "impression", required = false) MultipartFile impression) throws IOException {
        ImpressionUpload upload = upload(impression);
        if (upload == null) {
            throw BusinessException.invalid("impression.error.missing");
        }
        return applications.preview(upload).png();
    }

    private static ImpressionUpload upload(MultipartFile file) throws IOException {
        return file == null ? null : new ImpressionUpload(file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping(path = "/{id}/image", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "The seal image (transparent PNG at 600 dpi) of a seal of the caller's unit")
    byte[] image(@PathVariable long id) {
        return seals.image(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every step of a seal's life: action, resulting status, actor, note, time")
    List<SealEventInfo> history(@PathVariable long id) {
        return seals.history(id);
    }

    @GetMapping
    @Operation(summary = "Seals of the caller's unit with status and certificate serial; never key material")
    List<SealInfo> mine() {
        return seals.mine();
    }

    @GetMapping("/{id}/certificate")
    @Operation(summary = "The seal certificate (PEM) of a seal of the caller's unit")
    ResponseEntity<String> certificate(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/x-pem-file"))
                .body(seals.certificatePem(id));
    }
}
