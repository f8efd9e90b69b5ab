package org.gongwen.document;

/** 紧急程度. */
public enum Urgency {
    NONE,
    URGENT,
    EXTRA_URGENT
}
