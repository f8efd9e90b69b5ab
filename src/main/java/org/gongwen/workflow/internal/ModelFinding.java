package org.gongwen.workflow.internal;

import java.util.List;

/**
 * A mistake found in a BPMN model before it is deployed: where it is (element id, or line and
 * column for XML and parser errors; either may be null), the message key with its arguments,
 * and the message in the caller's language.
 */
public record ModelFinding(
        String elementId, Integer line, Integer column, String messageKey, List<String> arguments, String message) {}
