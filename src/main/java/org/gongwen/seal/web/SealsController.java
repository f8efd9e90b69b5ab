package org.gongwen.seal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gongwen.seal.SealDirectory;
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

    SealsController(SealDirectory seals) {
        this.seals = seals;
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
