package org.gongwen.shared;

import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts a process, or acts on one, in a person's name: the engine records them as the instance's
 * starter ({@code initiator}) and as the author of what they do, and forgets them afterwards.
 */
@Component
public class ProcessStarter {

    private final IdentityService identity;
    private final RuntimeService runtime;

    public ProcessStarter(IdentityService identity, RuntimeService runtime) {
        this.identity = identity;
        this.runtime = runtime;
    }

    public ProcessInstance startAs(
            String username, String processKey, String businessKey, Map<String, Object> variables) {
        return as(username, () -> runtime.startProcessInstanceByKey(processKey, businessKey, variables));
    }

    /** Whatever {@code work} does to the engine, done as {@code username}. */
    public <T> T as(String username, Supplier<T> work) {
        identity.setAuthenticatedUserId(username);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
