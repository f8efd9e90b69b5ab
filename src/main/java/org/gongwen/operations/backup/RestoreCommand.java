package org.gongwen.operations.backup;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.modulith.NamedInterface;

/**
 * {@code java -jar gongwen.jar restore <archive.zip> [--name=value ...]}: restores a backup into
 * the files this installation uses, read from the same configuration the service starts with
 * (application.yml, profiles, environment, the same {@code --name=value} arguments). Starts no
 * server and opens no database.
 */
@NamedInterface("restore")
public final class RestoreCommand {

    private RestoreCommand() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args[0].startsWith("--")) {
            System.err.println("usage: java -jar gongwen.jar restore <gongwen-backup-....zip> [--name=value ...]");
            System.exit(2);
        }
        Path archive = Paths.get(args[0]);
        Environment environment;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RestoreCommand.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(Arrays.copyOfRange(args, 1, args.length))) {
            environment = context.getEnvironment();
        }
        BackupFiles target = BackupFiles.of(environment);
        try {
            for (Path file : BackupRestore.restore(archive, target)) {
                System.out.println("restored " + file.toAbsolutePath());
            }
        } catch (IllegalStateException e) {
            System.err.println("restore refused: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("Start Gongwen, then check the restored system: GET /api/v1/admin/backups/check "
                + "(audit chain and every signed document) as an administrator.");
    }
}
