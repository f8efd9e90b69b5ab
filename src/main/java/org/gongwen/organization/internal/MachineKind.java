package org.gongwen.organization.internal;

/** What a transmission machine is (第八条: a dedicated computer and printer per unit). */
public enum MachineKind {
    COMPUTER,
    PRINTER,
    OTHER
}
