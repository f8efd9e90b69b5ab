package org.gongwen;

import java.util.Arrays;
import org.gongwen.operations.backup.RestoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Gongwen 公文交换: the county's electronic official-document exchange. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GongwenApplication {

    /** {@code java -jar gongwen.jar restore <archive>} restores a backup instead of starting (docs/operations.md). */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("restore")) {
            RestoreCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(GongwenApplication.class, args);
    }
}
