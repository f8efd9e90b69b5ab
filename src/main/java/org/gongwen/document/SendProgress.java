package org.gongwen.document;

/**
 * How far a sent document has got with its recipients, as 发文 shows it next to 已发出: the
 * recipients' current copies (re-sent versions replace older ones), how many are signed for and
 * how many were returned.
 */
public record SendProgress(int recipients, int signed, int returned) {}
