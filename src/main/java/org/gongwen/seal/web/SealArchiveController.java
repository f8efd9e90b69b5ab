package org.gongwen.seal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gongwen.seal.internal.SealArchive;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealMakingService;
import org.gongwen.seal.internal.SealRecord;
import org.gongwen.seal.internal.SealSm2Migration;
import org.gongwen.seal.internal.StoredFile;
import org.gongwen.shared.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/seal-archive")
@Tag(
        name = "seal-archive",
        description = "印章档案、制作与备份恢复 / seal archive, making and restore (county office, information centre)")
class SealArchiveController {

    private final SealArchive archive;
    private final SealMakingService making;
    private final SealSm2Migration sm2Migration;

    SealArchiveController(SealArchive archive, SealMakingService making, SealSm2Migration sm2Migration) {
        this.archive = archive;
        this.making = making;
        this.sm2Migration = sm2Migration;
    }

    @GetMapping
    @Operation(summary = "Every seal of the county, newest first")
    List<SealInfo> all() {
        return archive.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A seal with its unit, certificate details, impression and status history")
    SealRecord record(@PathVariable long id) {
        return archive.record(id);
    }

    @GetMapping("/{id}/impression")
    @Operation(summary = "The scan of the paper impression uploaded with the application")
    ResponseEntity<byte[]> impression(@PathVariable long id) {
        StoredFile file = archive.impression(id);
        return Downloads.file(MediaType.parseMediaType(file.mediaType()), Downloads.inlineUtf8(file.filename()))
                .body(file.data());
    }

    @GetMapping(path = "/{id}/image", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "The seal image (transparent PNG at 600 dpi)")
    byte[] image(@PathVariable long id) {
        return archive.image(id);
    }

    @GetMapping(path = "/{id}/ses-seal", produces = "application/octet-stream")
    @Operation(summary = "The seal's GB/T 38540 electronic seal (SES_Seal v4, DER), signed by the seal maker")
    ResponseEntity<byte[]> sesSeal(@PathVariable long id) {
        return Downloads.file(MediaType.APPLICATION_OCTET_STREAM, Downloads.attachment("seal-" + id + ".ses"))
                .body(archive.sesSeal(id));
    }

    @PostMapping("/sm2-migration")
    @Operation(
            summary = "Information centre, once: give seals made before SM2 their SM2 certificate and GB/T 38540 "
                    + "electronic seal (seals that have them are left alone)")
    SealSm2Migration.Result migrateToSm2() {
        return sm2Migration.issueForExistingSeals();
    }

    @PostMapping("/{id}/making")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Information centre: make an approved seal (key pair, certificate, keystore, escrow copy)")
    void make(@PathVariable long id) {
        making.make(id);
    }

    record RestoreRequest(String report) {}

    @PostMapping("/{id}/restorations")
    @Operation(
            summary = "Information centre: restore a seal's key material from escrow after a reported medium failure")
    SealInfo restore(@PathVariable long id, @RequestBody RestoreRequest request) {
        return archive.restore(id, request.report());
    }
}
