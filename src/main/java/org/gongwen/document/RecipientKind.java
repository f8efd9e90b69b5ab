package org.gongwen.document;

/** 主送 or 抄送. */
public enum RecipientKind {
    MAIN,
    COPY
}
