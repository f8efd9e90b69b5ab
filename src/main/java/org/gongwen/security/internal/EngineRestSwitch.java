package org.gongwen.security.internal;

import org.springframework.stereotype.Component;

/**
 * Whether {@code /engine-rest/**} answers (gongwen.security.engine-rest-enabled, off by default).
 * Held apart from the filter chain so that the access tests can try both states on one server.
 */
@Component
class EngineRestSwitch {

    private volatile boolean enabled;

    EngineRestSwitch(SecurityProperties properties) {
        this.enabled = properties.engineRestEnabled();
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
