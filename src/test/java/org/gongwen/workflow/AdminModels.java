package org.gongwen.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The small test models in {@code src/test/resources/bpmn-admin/} (process keys start with xp2-). */
public final class AdminModels {

    private AdminModels() {}

    public static String bpmn(String name) {
        try (InputStream in = AdminModels.class.getResourceAsStream("/bpmn-admin/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
