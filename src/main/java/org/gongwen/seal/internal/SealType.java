package org.gongwen.seal.internal;

/** Kinds of seal a unit may hold. */
public enum SealType {
    /** 单位公章 */
    OFFICIAL,
    /** 公文专用章 */
    DOCUMENT
}
