package org.gongwen.operations.backup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/backups")
@Tag(name = "backups", description = "备份与恢复后复核（管理员）/ backups and the check after a restore (ADMIN)")
class BackupController {

    private final Backups backups;
    private final RestoreCheck check;

    BackupController(Backups backups, RestoreCheck check) {
        this.backups = backups;
        this.check = check;
    }

    record Created(String file, long bytes, String sha256) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "在线备份：数据库（含文件库）与密钥写入一个归档 / online backup of database, content store and keys "
                    + "into one archive in gongwen.backup.directory")
    Created create() {
        Backups.Archive archive = backups.create();
        return new Created(archive.file().getFileName().toString(), archive.bytes(), archive.sha256());
    }

    @GetMapping("/check")
    @Operation(summary = "复核：审计日志哈希链与每份已签发公文的签名 / verify the audit chain and every signed document")
    RestoreCheck.Result check() {
        return check.run();
    }
}
