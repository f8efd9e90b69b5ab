package org.gongwen.workflow;

/** A form field's broken rule: the message key and its argument (e.g. the minimum length). */
public record FieldViolation(String messageKey, Object argument) {}
