package org.gongwen.document;

/** 密级. The exchange carries only non-classified documents (A34). */
public enum Secrecy {
    NON_CLASSIFIED,
    CONFIDENTIAL,
    SECRET,
    TOP_SECRET
}
